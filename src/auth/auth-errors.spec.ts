import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { authErrors, type AuthErrorCode } from './auth-errors.js';

describe('auth error codes', () => {
  const STATUS: Record<AuthErrorCode, number> = {
    'auth.weak-password': 400,
    'auth.bad-credentials': 401,
    'auth.too-many-attempts': 429,
    'auth.email-taken': 409,
  };

  itAnswersEveryCodeWith(authErrors, STATUS);

  it('compiles only its own codes', () => {
    // @ts-expect-error 'auth.locked' is not one of auth's codes
    expect(() => authErrors.refusal('auth.locked', 'Locked')).toThrow('Unmapped value');
  });
});
