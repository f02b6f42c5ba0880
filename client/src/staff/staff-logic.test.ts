import { describe, expect, it } from 'vitest';
import type { MatchingRun } from '../api/pending-contract';
import { pollUntilDone } from './poll-run';
import { matchesOverTime, matchesSeries, waitingSeries } from './stats-figures';

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
  it('reads counts defensively and keeps statuses in a stable order', () => {
    expect(waitingSeries({})).toEqual({ labels: ['waitingMigrants', 'hostsPending'], values: [0, 0] });
    expect(matchesSeries({ matchesByStatus: { active: 3, ended: 1, novel: 2 } })).toEqual({
      labels: ['proposed', 'active', 'declined', 'expired', 'ended', 'novel'],
      values: [0, 3, 0, 0, 1, 2],
    });
  });

  it('draws lines over time only when a history is sent', () => {
    expect(matchesOverTime({})).toBeUndefined();
    expect(matchesOverTime({ history: [{ date: '2026-01-01', matchesByStatus: { active: 1 } }, { date: '2026-01-02', matchesByStatus: { active: 2, ended: 1 } }] })).toEqual({
      dates: ['2026-01-01', '2026-01-02'],
      lines: [{ status: 'active', values: [1, 2] }, { status: 'ended', values: [0, 1] }],
    });
  });
});
