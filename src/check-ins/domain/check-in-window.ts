/**
 * Whether a participant may check in on a match now: while it is active, and for one check-in
 * period after it ended (so the last period's check-in can still be given; a match without a
 * cadence counts four weeks). Pure, so the boundary is tested without a database.
 */
export const DEFAULT_CHECK_IN_WEEKS = 4;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface CheckInMatch {
  status: string;
  endedAt: Date | null;
  checkInWeeks: number | null;
}

export function mayCheckIn(match: CheckInMatch, now: Date): boolean {
  if (match.status === 'active') return true;
  if (match.status !== 'ended' || match.endedAt === null) return false;
  const windowMs = (match.checkInWeeks ?? DEFAULT_CHECK_IN_WEEKS) * WEEK_MS;
  return now.getTime() - match.endedAt.getTime() <= windowMs;
}

/** A check-in staff should look at first: a low score (2 or less) or a wish to be contacted. */
export function needsAttention(checkIn: { score: number; wantsContact: boolean }): boolean {
  return checkIn.score <= 2 || checkIn.wantsContact;
}
