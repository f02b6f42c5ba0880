import type { User } from '../api/client';
import type { AccountRole } from '../data/programme-api';
import { isStaffRole } from './roles';

/** Where a signed-in person starts: staff and admins at vetting; others at their matches, or the step-by-step profile while it is incomplete. */
export function homeFor(user: Pick<User, 'profileComplete'> & { role: AccountRole }): string {
  if (isStaffRole(user.role)) return '/staff/volunteers';
  return user.profileComplete ? '/matches' : '/profile/steps';
}
