import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type AccountRecoveryErrorCode = 'account.invalid-token' | 'account.weak-password' | 'account.wrong-password' | 'account.too-many-reset-requests';

function statusOf(code: AccountRecoveryErrorCode): RefusalStatus {
  switch (code) {
    case 'account.invalid-token':
    case 'account.weak-password':
    case 'account.wrong-password':
      return HttpStatus.BAD_REQUEST;
    case 'account.too-many-reset-requests':
      return HttpStatus.TOO_MANY_REQUESTS;
    default:
      return assertNever(code);
  }
}

export const accountRecoveryErrors = DomainError.catalogue(statusOf);
