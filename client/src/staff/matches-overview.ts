import type { ProgrammeWaiting } from '../api/client';
import type { StaffMatchesQuery } from '../data/keys';
import type { Series } from './stats-figures';

export type MatchSort = NonNullable<StaffMatchesQuery['sort']>;
export type MatchColumn = 'createdAt' | 'waiting';
export const MATCH_SORTS: readonly MatchSort[] = ['-createdAt', 'createdAt', 'waiting'];

/** The translation key of a sort: `-createdAt` is `createdAtDesc`. */
export function matchSortKey(sort: MatchSort): 'createdAtDesc' | 'createdAt' | 'waiting' {
  return sort === '-createdAt' ? 'createdAtDesc' : sort;
}
export const MATCH_FILTER_STATUSES = ['proposed', 'active', 'ended', 'declined', 'expired'] as const;
export type MatchStatusFilter = (typeof MATCH_FILTER_STATUSES)[number] | 'all';

/** Choosing a column's header: the proposal date flips between newest and oldest first; waiting sorts the longest waiting first, and again goes back to newest first. */
export function nextMatchSort(current: MatchSort, column: MatchColumn): MatchSort {
  if (column === 'waiting') return current === 'waiting' ? '-createdAt' : 'waiting';
  return current === '-createdAt' ? 'createdAt' : '-createdAt';
}

/** What `aria-sort` says of a column's header: waiting sorts the longest first, so descending. */
export function matchAriaSort(current: MatchSort, column: MatchColumn): 'ascending' | 'descending' | 'none' {
  if (column === 'waiting') return current === 'waiting' ? 'descending' : 'none';
  if (current === 'createdAt') return 'ascending';
  if (current === '-createdAt') return 'descending';
  return 'none';
}

/**
 * The days typed in "waiting more than": a whole number from 0 to 3650, or nothing (no filter).
 * Anything else is no filter either, and the field says so.
 */
export function waitingDaysFilter(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days <= 3650 ? days : undefined;
}

/** The request for the chosen filters, sort and page; "all" and an empty field ask nothing. */
export function matchesQuery(input: { programmeId: string; status: MatchStatusFilter; waitingText: string; sort: MatchSort; page: number; limit: number }): StaffMatchesQuery {
  const waitingMoreThanDays = waitingDaysFilter(input.waitingText);
  return {
    sort: input.sort,
    page: input.page,
    limit: input.limit,
    ...(input.programmeId === '' ? {} : { programmeId: input.programmeId }),
    ...(input.status === 'all' ? {} : { status: input.status }),
    ...(waitingMoreThanDays === undefined ? {} : { waitingMoreThanDays }),
  };
}

/** Median days migrants without a match have waited, one bar per programme (keyed by id; none waiting counts 0). */
export function waitingSeries(figures: readonly ProgrammeWaiting[]): Series {
  return { labels: figures.map((f) => f.programme.id), values: figures.map((f) => f.migrants.medianDays ?? 0) };
}
