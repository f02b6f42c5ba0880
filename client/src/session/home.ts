import type { User } from '../api/client';

/** Where a signed-in person starts: staff at vetting; others at their matches, or their profile while it is incomplete. */
export function homeFor(user: Pick<User, 'role' | 'profileComplete'>): string {
  if (user.role === 'staff') return '/staff/volunteers';
  return user.profileComplete ? '/matches' : '/profile';
}
