import type { ProfileView } from '../profiles/dto/profile.view.js';
import type { UserView } from './dto/user.view.js';
import type { UserEntity } from './user.entity.js';

export interface ProfileSummary {
  profile: ProfileView | null;
  profileComplete: boolean;
  missing: string[];
}

export function toUserView(user: UserEntity, profile: ProfileSummary): UserView {
  return {
    id: user.id,
    email: user.email ?? '',
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    verification: user.verification,
    profile: profile.profile,
    profileComplete: profile.profileComplete,
    missing: profile.missing,
    suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
