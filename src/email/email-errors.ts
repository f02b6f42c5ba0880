import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type EmailErrorCode = 'email.bad-unsubscribe-token';

function statusOf(code: EmailErrorCode): RefusalStatus {
  switch (code) {
    case 'email.bad-unsubscribe-token':
      return HttpStatus.BAD_REQUEST;
    default:
      return assertNever(code);
  }
}

export const emailErrors = DomainError.catalogue(statusOf);
