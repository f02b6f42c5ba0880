import { matchOrderOf, proposedBefore, roundDays, STAFF_MATCH_SORTS, waitingDaysOf } from './staff-matches.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('staff matches overview rules', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('counts whole days a proposal has waited, and nothing for any other status', () => {
    expect(waitingDaysOf('proposed', new Date(now.getTime() - 3 * DAY_MS - 1000), now)).toBe(3);
    expect(waitingDaysOf('proposed', new Date(now.getTime() - 3 * DAY_MS + 1000), now)).toBe(2);
    expect(waitingDaysOf('proposed', new Date(now.getTime() + 1000), now)).toBe(0);
    for (const status of ['active', 'ended', 'declined', 'expired'] as const) {
      expect(waitingDaysOf(status, new Date(now.getTime() - 10 * DAY_MS), now)).toBeNull();
    }
  });

  it('puts the cut for "waiting more than N days" at N + 1 whole days ago', () => {
    const cut = proposedBefore(5, now);
    expect(waitingDaysOf('proposed', cut, now)).toBe(6);
    expect(waitingDaysOf('proposed', new Date(cut.getTime() + 1), now)).toBe(5);
  });

  it('orders every sort with the id breaking ties, proposals first when sorting by waiting', () => {
    for (const sort of STAFF_MATCH_SORTS) expect(matchOrderOf(sort)).toMatch(/m\.id (ASC|DESC)$/);
    expect(matchOrderOf('waiting').startsWith(`(m.status = 'proposed') DESC`)).toBe(true);
    expect(matchOrderOf('createdAt')).toContain('m.created_at ASC');
    expect(matchOrderOf('-createdAt')).toContain('m.created_at DESC');
  });

  it('rounds days to one decimal and keeps null', () => {
    expect(roundDays('2.345')).toBe(2.3);
    expect(roundDays(7)).toBe(7);
    expect(roundDays(null)).toBeNull();
  });
});
