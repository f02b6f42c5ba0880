import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

/** What staff acting on reports, messages and accounts are told (participants filing reports: report-errors.ts). */
export type ModerationErrorCode =
  | 'moderation.already-hidden'
  | 'moderation.not-suspended'
  | 'moderation.staff-account'
  | 'report.not-found'
  | 'report.already-resolved'
  | 'report.no-target'
  | 'report.days-without-suspension'
  | 'message.not-found';

function statusOf(code: ModerationErrorCode): RefusalStatus {
  switch (code) {
    case 'report.days-without-suspension':
      return HttpStatus.BAD_REQUEST;
    case 'moderation.staff-account':
      return HttpStatus.FORBIDDEN;
    case 'report.not-found':
    case 'message.not-found':
      return HttpStatus.NOT_FOUND;
    case 'moderation.already-hidden':
    case 'moderation.not-suspended':
    case 'report.already-resolved':
    case 'report.no-target':
      return HttpStatus.CONFLICT;
    default:
      return assertNever(code);
  }
}

export const moderationErrors = DomainError.catalogue(statusOf);
