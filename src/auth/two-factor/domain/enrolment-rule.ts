/** `STAFF_TWO_FACTOR`: whether coordinators and admins must sign in with a second factor. */
export type StaffTwoFactorSetting = 'required' | 'optional';

/** Two-factor sign-in is required of staff and admins when the setting says so; never of participants, who may choose it. */
export function twoFactorRequiredFor(role: string, setting: StaffTwoFactorSetting): boolean {
  return setting === 'required' && (role === 'staff' || role === 'admin');
}

/**
 * Whether a signed-in request must be refused until the person enrols: two-factor sign-in is
 * required of them, they have not turned it on, and the route is not one of their own account's
 * basics (who they are, logging out, enrolling).
 */
export function mustEnrolFirst(input: { role: string; setting: StaffTwoFactorSetting; enabled: boolean; routeOpenToUnenrolled: boolean }): boolean {
  return twoFactorRequiredFor(input.role, input.setting) && !input.enabled && !input.routeOpenToUnenrolled;
}
