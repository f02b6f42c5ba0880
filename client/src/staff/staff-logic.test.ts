import { describe, expect, it } from 'vitest';
import type { MatchingRun } from '../api/client';
import { pollUntilDone } from './poll-run';
import type { StaffStats } from '../api/client';
import { matchesSeries, meetupsSeries, participantsByRole, waitingSeries } from './stats-figures';

const run = (status: MatchingRun['status'], proposals = 0): MatchingRun => ({
  id: 'r1', status, createdAt: '', finishedAt: null, participants: 10, proposals, totalScore: 0, algorithm: 'hungarian', durationMs: null, dryRun: true,
});

describe('matching rounds', () => {
  it('polls until the round is no longer running', async () => {
    const answers = [run('running'), run('finished', 4)];
    const seen: string[] = [];
    const done = await pollUntilDone(run('running'), async () => answers.shift() ?? run('failed'), { sleep: async () => {}, onProgress: (r) => seen.push(r.status) });
    expect(done.proposals).toBe(4);
    expect(seen).toEqual(['running', 'finished']);
  });

  it('gives up after the timeout', async () => {
    await expect(pollUntilDone(run('running'), async () => run('running'), { sleep: async () => {}, intervalMs: 10, timeoutMs: 30 })).rejects.toThrow('still running');
  });
});

describe('stats figures', () => {
  // The shape GET /api/staff/stats really sends (src/moderation/dto/stats.view.ts).
  const stats: StaffStats = {
    participants: { migrants: 5, hosts: 3, staff: 1 }, hostsPending: 2, waitingMigrants: 4, medianWaitDays: 3.5,
    matches: { proposed: 1, active: 3, declined: 0, expired: 2, ended: 1 }, matchesEverActive: 4,
    meetups: { confirmed: 2, happened: 1 }, meetupsPerActiveMatch: 0.25, openReports: 0,
  };

  it('keeps match statuses in a stable order', () => {
    expect(waitingSeries(stats)).toEqual({ labels: ['waitingMigrants', 'hostsPending'], values: [4, 2] });
    expect(matchesSeries(stats)).toEqual({ labels: ['proposed', 'active', 'declined', 'expired', 'ended'], values: [1, 3, 0, 2, 1] });
    expect(meetupsSeries(stats)).toEqual({ labels: ['confirmed', 'happened'], values: [2, 1] });
  });

  it('names participants by the singular role the translations use', () => {
    expect(participantsByRole(stats)).toEqual([{ role: 'migrant', count: 5 }, { role: 'host', count: 3 }, { role: 'staff', count: 1 }]);
  });
});
