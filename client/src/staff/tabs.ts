import type { AccountRole } from '../data/programme-api';

/** The staff dashboard's tabs; kept apart from the lazily loaded dashboard so routing can name them. */
export const STAFF_TABS = ['volunteers', 'people', 'matches', 'programmes', 'rounds', 'reports', 'suspensions', 'audit', 'stats', 'organisations'] as const;
export type StaffTab = (typeof STAFF_TABS)[number];

/** Tabs only platform admins see. */
const ADMIN_TABS: readonly StaffTab[] = ['organisations'];

export function isStaffTab(name: string): name is StaffTab {
  return (STAFF_TABS as readonly string[]).includes(name);
}

/** The tabs a role may open: admins all of them, coordinators all but the admin ones, anyone else none. */
export function staffTabsFor(role: AccountRole): StaffTab[] {
  if (role === 'admin') return [...STAFF_TABS];
  if (role === 'staff') return STAFF_TABS.filter((tab) => !ADMIN_TABS.includes(tab));
  return [];
}
