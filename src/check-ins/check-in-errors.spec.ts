import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { checkInErrors, type CheckInErrorCode } from './check-in-errors.js';

describe('check-in error codes', () => {
  const STATUS: Record<CheckInErrorCode, number> = {
    'check-in.match-not-active': 409,
    'programme.not-found': 404,
  };

  itAnswersEveryCodeWith(checkInErrors, STATUS);
});
