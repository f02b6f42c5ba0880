import type { StaffStats } from '../api/pending-contract';

export interface Series {
  labels: string[];
  values: number[];
}

const MATCH_STATUSES = ['proposed', 'active', 'declined', 'expired', 'ended'];

/** People waiting to be matched: migrants without a match, hosts awaiting vetting. */
export function waitingSeries(stats: StaffStats): Series {
  return { labels: ['waitingMigrants', 'hostsPending'], values: [stats.waitingMigrants ?? 0, stats.hostsPending ?? 0] };
}

export function matchesSeries(stats: StaffStats): Series {
  const byStatus = stats.matchesByStatus ?? {};
  const labels = [...MATCH_STATUSES, ...Object.keys(byStatus).filter((s) => !MATCH_STATUSES.includes(s))];
  return { labels, values: labels.map((status) => byStatus[status] ?? 0) };
}

export function meetupsSeries(stats: StaffStats): Series {
  return { labels: ['confirmed', 'happened'], values: [stats.meetups?.confirmed ?? 0, stats.meetups?.happened ?? 0] };
}

/** Matches by status over time, one line per status, when the server sends a history. */
export function matchesOverTime(stats: StaffStats): { dates: string[]; lines: Array<{ status: string; values: number[] }> } | undefined {
  const history = stats.history ?? [];
  if (history.length === 0) return undefined;
  const statuses = [...new Set(history.flatMap((point) => Object.keys(point.matchesByStatus ?? {})))];
  return {
    dates: history.map((point) => point.date),
    lines: statuses.map((status) => ({ status, values: history.map((point) => point.matchesByStatus?.[status] ?? 0) })),
  };
}
