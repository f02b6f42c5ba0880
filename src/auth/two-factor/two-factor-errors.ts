import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../../common/domain-error.js';

/**
 * Signing in (`auth.*`: the code is missing or wrong; enrolment comes first) and managing one's own
 * second factor (`two-factor.*`). A wrong code on a signed-in route is 400, never 401: the session is fine.
 */
export type TwoFactorErrorCode =
  | 'auth.two-factor-required'
  | 'auth.bad-two-factor-code'
  | 'auth.two-factor-enrolment-required'
  | 'two-factor.already-enabled'
  | 'two-factor.not-enabled'
  | 'two-factor.no-enrolment'
  | 'two-factor.bad-code'
  | 'two-factor.wrong-password'
  | 'two-factor.required';

function statusOf(code: TwoFactorErrorCode): RefusalStatus {
  switch (code) {
    case 'auth.two-factor-required':
    case 'auth.bad-two-factor-code':
      return HttpStatus.UNAUTHORIZED;
    case 'auth.two-factor-enrolment-required':
    case 'two-factor.required':
      return HttpStatus.FORBIDDEN;
    case 'two-factor.already-enabled':
    case 'two-factor.not-enabled':
    case 'two-factor.no-enrolment':
      return HttpStatus.CONFLICT;
    case 'two-factor.bad-code':
    case 'two-factor.wrong-password':
      return HttpStatus.BAD_REQUEST;
    default:
      return assertNever(code);
  }
}

export const twoFactorErrors = DomainError.catalogue(statusOf);
