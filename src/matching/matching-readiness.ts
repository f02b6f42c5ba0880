import { Injectable } from '@nestjs/common';
import { missingProfileFields, type CompletenessInput } from '../profiles/domain/completeness.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { matchingErrors } from './matching-errors.js';

/** The profile fields readiness looks at, wherever they were read from. */
export type ReadinessProfile = Omit<CompletenessInput, 'role'>;

/** Whether the caller may look for, or ask for, a partner; refusals say what to do about it. */
@Injectable()
export class MatchingReadiness {
  constructor(private readonly profiles: ProfilesRepository) {}

  async assertReady(user: UserEntity): Promise<void> {
    refuseStaff(user);
    this.assertReadyWith(user, (await this.profiles.findByUserId(user.id)) ?? this.profiles.emptyProfile(user.id));
  }

  /** The same check on a profile the caller has already read (suggestions read it with the caller's matching facts). */
  assertReadyWith(user: UserEntity, profile: ReadinessProfile): void {
    refuseStaff(user);
    const missing = missingProfileFields({ ...profile, role: user.role });
    if (missing.length > 0) {
      throw matchingErrors.refusal('matching.profile-incomplete', `Complete your profile first; missing: ${missing.join(', ')}`, { missing });
    }
    if (user.role === 'host' && user.verification !== 'verified') {
      const message =
        user.verification === 'rejected'
          ? 'Your volunteer application was not approved, so you cannot be matched'
          : 'Your volunteer account is waiting for verification by staff; you can be matched once verified';
      throw matchingErrors.refusal(`matching.host-${user.verification ?? 'pending'}`, message);
    }
  }
}

function refuseStaff(user: UserEntity): void {
  if (user.role === 'staff') throw matchingErrors.refusal('matching.staff', 'Staff accounts are not matched');
}
