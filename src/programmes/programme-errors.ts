import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';
import type { RuleCode } from '../organisations/domain/programme-rules.js';

/** A programme rule the caller does not meet to join: `programme.<rule>` (e.g. `programme.age.too-young`). */
export type ProgrammeRuleCode = `programme.${RuleCode}`;

export type ProgrammesErrorCode =
  | 'organisation.not-found'
  | 'organisation.name-taken'
  | 'programme.not-found'
  | 'programme.organisation-required'
  | 'programme.unknown-place'
  | 'programme.reopened-as-draft'
  | 'programme.default-closed'
  | 'programme.not-open'
  | 'programme.already-member'
  | 'programme.staff'
  | 'membership.not-found'
  | ProgrammeRuleCode;

function statusOf(code: ProgrammesErrorCode): RefusalStatus {
  switch (code) {
    case 'organisation.not-found':
    case 'programme.not-found':
    case 'membership.not-found':
      return HttpStatus.NOT_FOUND;
    case 'programme.organisation-required':
    case 'programme.unknown-place':
      return HttpStatus.BAD_REQUEST;
    case 'programme.staff':
      return HttpStatus.FORBIDDEN;
    case 'organisation.name-taken':
    case 'programme.reopened-as-draft':
    case 'programme.default-closed':
    case 'programme.not-open':
    case 'programme.already-member':
    case 'programme.region.place-missing':
    case 'programme.region.country':
    case 'programme.region.distance':
    case 'programme.gender.missing':
    case 'programme.gender.not-allowed':
    case 'programme.age.missing':
    case 'programme.age.too-young':
    case 'programme.age.too-old':
    case 'programme.language.none':
    case 'programme.pair.same-gender':
    case 'programme.pair.no-programme-language':
      return HttpStatus.CONFLICT;
    default:
      return assertNever(code);
  }
}

export const programmeErrors = DomainError.catalogue(statusOf);
