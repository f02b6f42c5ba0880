import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

/**
 * What a participant filing a report is told. Staff resolving reports have their own catalogue
 * (moderation-errors.ts): `report.no-target` is a 400 here (the request names nothing) and a 409
 * there (the stored report names nothing the action could act on).
 */
export type ReportErrorCode = 'report.no-target' | 'report.own-message' | 'report.self' | 'report.target-mismatch' | 'message.not-found';

function statusOf(code: ReportErrorCode): RefusalStatus {
  switch (code) {
    case 'report.no-target':
    case 'report.own-message':
    case 'report.self':
    case 'report.target-mismatch':
      return HttpStatus.BAD_REQUEST;
    case 'message.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const reportErrors = DomainError.catalogue(statusOf);
