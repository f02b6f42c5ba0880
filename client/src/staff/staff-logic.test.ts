import { describe, expect, it } from 'vitest';
import type { MatchingRun, StaffStats } from '../api/client';
import { nextRunPoll, runProgress, RUN_POLL_MS, RUN_POLL_TIMEOUT_MS } from './poll-run';
import { matchesSeries, meetupsSeries, participantsByRole, waitingSeries } from './stats-figures';

const STARTED = Date.parse('2026-06-01T10:00:00Z');

const run = (status: MatchingRun['status'], proposals = 0): MatchingRun => ({
  id: 'r1', status, createdAt: new Date(STARTED).toISOString(), finishedAt: null, participants: 10, proposals, totalScore: 0, algorithm: 'hungarian', durationMs: null, dryRun: true, programmeId: '00000000-0000-4000-8000-000000000002',
  scoreHistogram: null, committedAt: null, discardedAt: null, reviewableUntil: null, phase: null, candidatePairs: null, components: null, componentsSolved: null,
});

describe('matching rounds', () => {
  it('asks again every second while the round runs, and stops once it is done', () => {
    expect(nextRunPoll(run('running'), STARTED + 5_000)).toBe(RUN_POLL_MS);
    expect(nextRunPoll(run('finished', 4), STARTED + 5_000)).toBe(false);
    expect(nextRunPoll(run('failed'), STARTED + 5_000)).toBe(false);
    expect(nextRunPoll(undefined, STARTED)).toBe(false);
  });

  it('shows a running round\'s phase and counts, and nothing once it is done or before it reports', () => {
    expect(runProgress({ ...run('running'), phase: 'evaluating', candidatePairs: 1200 })).toEqual({ phase: 'evaluating', pairs: 1200, solved: 0, components: null });
    expect(runProgress({ ...run('running'), phase: 'solving', candidatePairs: 5000, components: 40, componentsSolved: 12 })).toEqual({ phase: 'solving', pairs: 5000, solved: 12, components: 40 });
    expect(runProgress({ ...run('finished', 3), phase: 'writing', candidatePairs: 5000, components: 40, componentsSolved: 40 })).toBeNull();
    expect(runProgress(run('running'))).toBeNull();
  });

  it('gives up after the timeout', () => {
    expect(nextRunPoll(run('running'), STARTED + RUN_POLL_TIMEOUT_MS - 1)).toBe(RUN_POLL_MS);
    expect(nextRunPoll(run('running'), STARTED + RUN_POLL_TIMEOUT_MS)).toBe(false);
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
