import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';
import type { Verification } from '../users/user.entity.js';
import type { IneligibilityReason } from './domain/pair.js';
import type { ReviewRefusal } from './domain/round-review.js';

/** The pair rule a request broke (`evaluatePair`): `matching.<rule>`. */
export type PairRuleCode = `matching.${IneligibilityReason}`;

/** Why a volunteer may not be matched yet. */
export type UnverifiedHostCode = `matching.host-${Exclude<Verification, 'verified'>}`;

export type MatchingErrorCode =
  | PairRuleCode
  | UnverifiedHostCode
  | 'matching.profile-incomplete'
  | 'matching.staff'
  | 'matching.run-in-progress'
  | `matching.${ReviewRefusal}`
  | 'matching.no-shared-programme'
  | 'matching.several-shared-programmes'
  | 'matching.programme-not-open'
  | 'programme.not-found'
  | 'matching run.not-found'
  | 'person.not-found';

function statusOf(code: MatchingErrorCode): RefusalStatus {
  switch (code) {
    case 'matching.not-migrant-host-pair':
    case 'matching.host-not-verified':
    case 'matching.host-checks-lapsed':
    case 'matching.inactive-or-incomplete':
    case 'matching.pair-excluded':
    case 'matching.migrant-already-matched':
    case 'matching.host-full':
    case 'matching.no-shared-language':
    case 'matching.too-far':
    case 'matching.gender-preference':
    case 'matching.not-in-programme':
    case 'matching.meeting-mode':
    case 'matching.programme-rules':
    case 'matching.no-shared-programme':
    case 'matching.several-shared-programmes':
    case 'matching.programme-not-open':
    case 'matching.host-pending':
    case 'matching.host-rejected':
    case 'matching.profile-incomplete':
    case 'matching.run-in-progress':
    case 'matching.run-not-reviewable':
    case 'matching.run-committed':
    case 'matching.run-discarded':
    case 'matching.run-stale':
      return HttpStatus.CONFLICT;
    case 'matching.staff':
      return HttpStatus.FORBIDDEN;
    case 'matching run.not-found':
    case 'person.not-found':
    case 'programme.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const matchingErrors = DomainError.catalogue(statusOf);
