import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../../common/domain-error.js';

export type WebSessionErrorCode = 'auth.csrf' | 'session.not-found';

function statusOf(code: WebSessionErrorCode): RefusalStatus {
  switch (code) {
    case 'auth.csrf':
      return HttpStatus.FORBIDDEN;
    case 'session.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const webSessionErrors = DomainError.catalogue(statusOf);
