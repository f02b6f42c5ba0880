import { itAnswersEveryCodeWith } from '../../../test/support/error-codes.js';
import { webSessionErrors, type WebSessionErrorCode } from './web-session-errors.js';

describe('web session error codes', () => {
  const STATUS: Record<WebSessionErrorCode, number> = {
    'auth.csrf': 403,
    'session.not-found': 404,
  };

  itAnswersEveryCodeWith(webSessionErrors, STATUS);
});
