import type { MatchStatus } from '../../matches/domain/match-state.js';

/**
 * The staff matches overview as pure rules: how a sort orders the rows, and how long a proposal has
 * waited for an answer. Only a proposal waits; every other status has no waiting time.
 */
export const STAFF_MATCH_SORTS = ['-createdAt', 'createdAt', 'waiting'] as const;
export type StaffMatchSort = (typeof STAFF_MATCH_SORTS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * ORDER BY for a sort over `matches m`; the id breaks ties so that pages never overlap. `waiting`:
 * proposals first, the longest waiting first, then the rest newest first.
 */
export function matchOrderOf(sort: StaffMatchSort): string {
  switch (sort) {
    case '-createdAt':
      return 'm.created_at DESC, m.id DESC';
    case 'createdAt':
      return 'm.created_at ASC, m.id ASC';
    case 'waiting':
      return `(m.status = 'proposed') DESC, CASE WHEN m.status = 'proposed' THEN m.created_at END ASC, m.created_at DESC, m.id ASC`;
  }
}

/** Whole days a proposal has waited since it was made; null for any other status. */
export function waitingDaysOf(status: MatchStatus, createdAt: Date, now: Date): number | null {
  if (status !== 'proposed') return null;
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS));
}

/** The latest proposal time that has waited more than `days` whole days at `now`. */
export function proposedBefore(days: number, now: Date): Date {
  return new Date(now.getTime() - (days + 1) * DAY_MS);
}

/** Days to one decimal, as the figures report them; null stays null. */
export function roundDays(days: number | string | null | undefined): number | null {
  if (days === null || days === undefined) return null;
  return Math.round(Number(days) * 10) / 10;
}
