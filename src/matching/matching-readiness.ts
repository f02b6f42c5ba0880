import { Injectable } from '@nestjs/common';
import { missingProfileFields, type CompletenessInput } from '../profiles/domain/completeness.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { DEFAULT_ORGANISATION_ID } from '../organisations/domain/programme.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { isStaffRole, type UserEntity, type Verification } from '../users/user.entity.js';
import { matchingErrors } from './matching-errors.js';

/** A host's standing with a programme's organisation: its vetting decision, or verified with required checks missing or expired. */
export type HostVetting = Verification | 'checks-lapsed';

/** A host's standing from one programme's facts. */
export function hostVettingOf(facts: { verification: Verification | null; checksCleared: boolean }): HostVetting {
  const verification = facts.verification ?? 'pending';
  return verification === 'verified' && !facts.checksCleared ? 'checks-lapsed' : verification;
}

/** The profile fields readiness looks at, wherever they were read from. */
export type ReadinessProfile = Omit<CompletenessInput, 'role'>;

/** Whether the caller may look for, or ask for, a partner; refusals say what to do about it. */
@Injectable()
export class MatchingReadiness {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly vettings: VettingsRepository,
  ) {}

  async assertReady(user: UserEntity): Promise<void> {
    refuseStaff(user);
    const vetting = user.role === 'host' ? await this.vettings.find(DEFAULT_ORGANISATION_ID, user.id) : null;
    this.assertReadyWith(user, (await this.profiles.findByUserId(user.id)) ?? this.profiles.emptyProfile(user.id), vetting?.verification ?? 'pending');
  }

  /**
   * The same check on a profile the caller has already read (suggestions read it with the caller's
   * matching facts). `verification`: the programme's organisation's vetting, for hosts.
   */
  assertReadyWith(user: UserEntity, profile: ReadinessProfile, verification: HostVetting | null): void {
    refuseStaff(user);
    const missing = missingProfileFields({ ...profile, role: user.role });
    if (missing.length > 0) {
      throw matchingErrors.refusal('matching.profile-incomplete', `Complete your profile first; missing: ${missing.join(', ')}`, { missing });
    }
    if (user.role === 'host' && verification === 'checks-lapsed') {
      throw matchingErrors.refusal(
        'matching.host-checks-lapsed',
        'Some of the volunteer checks your organisation requires are missing or have expired; you can get new proposals once staff record them again',
      );
    }
    if (user.role === 'host' && verification !== 'verified') {
      const message =
        verification === 'rejected'
          ? 'Your volunteer application was not approved, so you cannot be matched'
          : 'Your volunteer account is waiting for verification by staff; you can be matched once verified';
      throw matchingErrors.refusal(`matching.host-${verification ?? 'pending'}`, message);
    }
  }
}

function refuseStaff(user: UserEntity): void {
  if (isStaffRole(user.role)) throw matchingErrors.refusal('matching.staff', 'Staff accounts are not matched');
}
