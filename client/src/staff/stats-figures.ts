import type { StaffStats } from '../api/client';

export interface Series {
  labels: string[];
  values: number[];
}

const MATCH_STATUSES = ['proposed', 'active', 'declined', 'expired', 'ended'] as const;
/** The server counts `participants` by plural keys (stats.view.ts); the interface names roles in the singular. */
const PARTICIPANT_ROLES = [['migrants', 'migrant'], ['hosts', 'host'], ['staff', 'staff']] as const;

/** People waiting to be matched: migrants without a match, hosts awaiting vetting. */
export function waitingSeries(stats: StaffStats): Series {
  return { labels: ['waitingMigrants', 'hostsPending'], values: [stats.waitingMigrants, stats.hostsPending] };
}

export function matchesSeries(stats: StaffStats): Series {
  return { labels: [...MATCH_STATUSES], values: MATCH_STATUSES.map((status) => stats.matches[status]) };
}

export function meetupsSeries(stats: StaffStats): Series {
  return { labels: ['confirmed', 'happened'], values: [stats.meetups.confirmed, stats.meetups.happened] };
}

/** Participants by role, keyed by the singular role name the `roles.*` translations use. */
export function participantsByRole(stats: StaffStats): Array<{ role: string; count: number }> {
  return PARTICIPANT_ROLES.map(([key, role]) => ({ role, count: stats.participants[key] }));
}
