import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type CheckInErrorCode = 'check-in.match-not-active' | 'programme.not-found';

function statusOf(code: CheckInErrorCode): RefusalStatus {
  switch (code) {
    case 'check-in.match-not-active':
      return HttpStatus.CONFLICT;
    case 'programme.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const checkInErrors = DomainError.catalogue(statusOf);
