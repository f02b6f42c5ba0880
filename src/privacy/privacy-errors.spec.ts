import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { privacyErrors, type PrivacyErrorCode } from './privacy-errors.js';

describe('privacy error codes', () => {
  const STATUS: Record<PrivacyErrorCode, number> = {
    'privacy.wrong-password': 403,
  };

  itAnswersEveryCodeWith(privacyErrors, STATUS);
});
