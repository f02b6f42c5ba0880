/** The staff dashboard's tabs; kept apart from the lazily loaded dashboard so routing can name them. */
export const STAFF_TABS = ['volunteers', 'rounds', 'reports', 'suspensions', 'audit', 'stats'] as const;
export type StaffTab = (typeof STAFF_TABS)[number];

export function isStaffTab(name: string): name is StaffTab {
  return (STAFF_TABS as readonly string[]).includes(name);
}
