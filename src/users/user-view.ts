import type { ProfileView } from '../profiles/dto/profile.view.js';
import type { UserView } from './dto/user.view.js';
import type { MembershipHistoryView, MembershipView } from '../organisations/dto/membership.view.js';
import type { UserEntity, Verification } from './user.entity.js';

export interface ProfileSummary {
  profile: ProfileView | null;
  profileComplete: boolean;
  missing: string[];
}

/** What a person's view adds from their programmes: memberships, and (hosts) the vetting shown. */
export interface MembershipSummary {
  memberships: MembershipView[];
  verification: Verification | null;
  /** The migratory trail, in a coordinator's view only (see ProfileViews). */
  history?: MembershipHistoryView[];
}

export function toUserView(user: UserEntity, profile: ProfileSummary, programmes: MembershipSummary): UserView {
  return {
    id: user.id,
    email: user.email ?? '',
    emailVerified: user.emailVerifiedAt !== null,
    locale: user.locale,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    verification: user.role === 'host' ? programmes.verification : null,
    memberships: programmes.memberships,
    ...(programmes.history === undefined ? {} : { history: programmes.history }),
    organisationId: user.organisationId,
    profile: profile.profile,
    profileComplete: profile.profileComplete,
    missing: profile.missing,
    suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
