import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type AuthErrorCode = 'auth.weak-password' | 'auth.bad-credentials' | 'auth.too-many-attempts' | 'auth.email-taken';

function statusOf(code: AuthErrorCode): RefusalStatus {
  switch (code) {
    case 'auth.weak-password':
      return HttpStatus.BAD_REQUEST;
    case 'auth.bad-credentials':
      return HttpStatus.UNAUTHORIZED;
    case 'auth.too-many-attempts':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'auth.email-taken':
      return HttpStatus.CONFLICT;
    default:
      return assertNever(code);
  }
}

export const authErrors = DomainError.catalogue(statusOf);
