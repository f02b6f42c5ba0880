import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type ProfilesErrorCode = 'profile.staff' | 'profile.capacity-hosts-only' | 'profile.unknown-place' | 'volunteer.not-found' | 'organisation.not-found' | 'vetting.organisation-required';

function statusOf(code: ProfilesErrorCode): RefusalStatus {
  switch (code) {
    case 'profile.capacity-hosts-only':
    case 'profile.unknown-place':
    case 'vetting.organisation-required':
      return HttpStatus.BAD_REQUEST;
    case 'profile.staff':
      return HttpStatus.FORBIDDEN;
    case 'volunteer.not-found':
    case 'organisation.not-found':
      return HttpStatus.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export const profileErrors = DomainError.catalogue(statusOf);
