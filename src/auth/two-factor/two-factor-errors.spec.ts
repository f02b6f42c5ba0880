import { itAnswersEveryCodeWith } from '../../../test/support/error-codes.js';
import { twoFactorErrors, type TwoFactorErrorCode } from './two-factor-errors.js';

describe('two-factor error codes', () => {
  const STATUS: Record<TwoFactorErrorCode, number> = {
    'auth.two-factor-required': 401,
    'auth.bad-two-factor-code': 401,
    'auth.two-factor-enrolment-required': 403,
    'two-factor.already-enabled': 409,
    'two-factor.not-enabled': 409,
    'two-factor.no-enrolment': 409,
    'two-factor.bad-code': 400,
    'two-factor.wrong-password': 400,
    'two-factor.required': 403,
  };

  itAnswersEveryCodeWith(twoFactorErrors, STATUS);
});
