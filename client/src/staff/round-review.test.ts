import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { pageCount, reviewState, scoreSeries, stateOfRefusal } from './round-review';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const finished = { status: 'finished' as const, proposals: 3, committedAt: null, discardedAt: null, reviewableUntil: '2026-12-08T11:00:00.000Z' };

describe('reviewing a matching round', () => {
  it('says whether a finished dry run may still be committed', () => {
    expect(reviewState(finished, NOW)).toBe('reviewable');
    expect(reviewState({ ...finished, status: 'running' }, NOW)).toBe('running');
    expect(reviewState({ ...finished, status: 'failed' }, NOW)).toBe('failed');
    expect(reviewState({ ...finished, committedAt: '2026-12-07T11:00:00.000Z' }, NOW)).toBe('committed');
    expect(reviewState({ ...finished, discardedAt: '2026-12-07T11:00:00.000Z' }, NOW)).toBe('discarded');
    expect(reviewState({ ...finished, proposals: 0, reviewableUntil: null }, NOW)).toBe('empty');
    expect(reviewState({ ...finished, reviewableUntil: '2026-12-07T12:00:00.000Z' }, NOW)).toBe('stale');
    expect(reviewState({ ...finished, reviewableUntil: null }, NOW)).toBe('stale');
  });

  it('reads a refused commit as the state it names, and nothing else', () => {
    expect(stateOfRefusal(new ApiError(409, [], 'matching.run-stale'))).toBe('stale');
    expect(stateOfRefusal(new ApiError(409, [], 'matching.run-committed'))).toBe('committed');
    expect(stateOfRefusal(new ApiError(409, [], 'matching.run-discarded'))).toBe('discarded');
    expect(stateOfRefusal(new ApiError(409, [], 'matching.run-in-progress'))).toBeUndefined();
    expect(stateOfRefusal(new Error('network'))).toBeUndefined();
  });

  it('labels the score buckets and counts pages', () => {
    expect(scoreSeries({ scoreHistogram: [{ from: 60, to: 70, count: 2 }, { from: 90, to: 100, count: 1 }] })).toEqual({ labels: ['60–70', '90–100'], values: [2, 1] });
    expect(scoreSeries({ scoreHistogram: null })).toBeUndefined();
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2]);
  });
});
