import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

/** A person named in a request who does not exist, or is not there for the caller (erased, no shared match). */
export type UsersErrorCode = 'user.not-found';

function statusOf(code: UsersErrorCode): RefusalStatus {
  switch (code) {
    case 'user.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const userErrors = DomainError.catalogue(statusOf);
