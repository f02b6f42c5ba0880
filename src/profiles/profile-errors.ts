import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';
import type { CheckInputProblem } from '../organisations/domain/vetting-checks.js';

export type ProfilesErrorCode =
  | 'profile.staff'
  | 'profile.capacity-hosts-only'
  | 'profile.unknown-place'
  | 'volunteer.not-found'
  | 'organisation.not-found'
  | 'vetting.organisation-required'
  | 'vetting.unknown-kind'
  | CheckInputProblem
  | 'vetting-check.not-found';

function statusOf(code: ProfilesErrorCode): RefusalStatus {
  switch (code) {
    case 'profile.capacity-hosts-only':
    case 'profile.unknown-place':
    case 'vetting.organisation-required':
    case 'vetting.unknown-kind':
    case 'vetting.invalid-date':
    case 'vetting.checked-in-future':
    case 'vetting.expiry-not-after-check':
      return HttpStatus.BAD_REQUEST;
    case 'profile.staff':
      return HttpStatus.FORBIDDEN;
    case 'volunteer.not-found':
    case 'organisation.not-found':
    case 'vetting-check.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const profileErrors = DomainError.catalogue(statusOf);
