import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { moderationErrors, type ModerationErrorCode } from './moderation-errors.js';
import { reportErrors, type ReportErrorCode } from './report-errors.js';

describe('moderation error codes (staff)', () => {
  const STATUS: Record<ModerationErrorCode, number> = {
    'moderation.already-hidden': 409,
    'moderation.not-suspended': 409,
    'moderation.staff-account': 403,
    'report.not-found': 404,
    'report.already-resolved': 409,
    'report.no-target': 409,
    'report.days-without-suspension': 400,
    'message.not-found': 404,
  };

  itAnswersEveryCodeWith(moderationErrors, STATUS);
});

describe('report error codes (participants filing a report)', () => {
  const STATUS: Record<ReportErrorCode, number> = {
    'report.no-target': 400,
    'report.own-message': 400,
    'report.self': 400,
    'report.target-mismatch': 400,
    'message.not-found': 404,
  };

  itAnswersEveryCodeWith(reportErrors, STATUS);

  it('compiles only its own codes', () => {
    // @ts-expect-error resolving a report is for staff: its codes are in moderation-errors.ts
    expect(() => reportErrors.refusal('report.already-resolved', 'Resolved')).toThrow('Unmapped value');
  });
});
