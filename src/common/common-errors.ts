import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from './domain-error.js';

/** The codes of the shared plumbing (a cursor is checked here for every paged list, chat history too). */
export type CommonErrorCode = 'pagination.bad-cursor';

function statusOf(code: CommonErrorCode): RefusalStatus {
  switch (code) {
    case 'pagination.bad-cursor':
      return HttpStatus.BAD_REQUEST;
    default:
      return assertNever(code);
  }
}

export const commonErrors = DomainError.catalogue(statusOf);

export function badCursor(): DomainError<CommonErrorCode> {
  return commonErrors.refusal('pagination.bad-cursor', 'cursor is not a cursor this server issued');
}
