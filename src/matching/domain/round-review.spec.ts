import { evaluatePair } from './pair.js';
import { commitDecision, REVIEW_WINDOW_HOURS, reviewableUntil, reviewRefusal, scoreHistogram, type ReviewableRun } from './round-review.js';
import { makeHost, makeMigrant, sideOf, TEST_NOW } from './test-factories.js';

const HOUR_MS = 3_600_000;

function makeRun(overrides: Partial<ReviewableRun> = {}): ReviewableRun {
  return { status: 'finished', dryRun: true, finishedAt: new Date(TEST_NOW.getTime() - HOUR_MS), committedAt: null, discardedAt: null, ...overrides };
}

describe('scoreHistogram', () => {
  it('has ten empty buckets of ten points for no scores', () => {
    const buckets = scoreHistogram([]);
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toEqual({ from: 0, to: 10, count: 0 });
    expect(buckets[9]).toEqual({ from: 90, to: 100, count: 0 });
    expect(buckets.every((b) => b.count === 0)).toBe(true);
  });

  it('counts each score in the bucket [from, to), with 100 in the last one', () => {
    const buckets = scoreHistogram([0, 9.9, 10, 55.5, 59.9, 90, 100]);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 2, 0, 0, 0, 2]);
  });

  it('keeps the total number of scores', () => {
    const scores = Array.from({ length: 57 }, (_, i) => (i * 37) % 101);
    expect(scoreHistogram(scores).reduce((sum, b) => sum + b.count, 0)).toBe(57);
  });
});

describe('reviewRefusal and reviewableUntil', () => {
  it('lets a finished dry run be committed and discarded within the window', () => {
    expect(reviewRefusal(makeRun(), TEST_NOW, 'commit')).toBeNull();
    expect(reviewRefusal(makeRun(), TEST_NOW, 'discard')).toBeNull();
    expect(reviewableUntil(makeRun())?.getTime()).toBe(TEST_NOW.getTime() - HOUR_MS + REVIEW_WINDOW_HOURS * HOUR_MS);
  });

  it('refuses a run that proposed directly, is still running or failed', () => {
    expect(reviewRefusal(makeRun({ dryRun: false }), TEST_NOW, 'commit')).toBe('run-not-reviewable');
    expect(reviewRefusal(makeRun({ status: 'running', finishedAt: null }), TEST_NOW, 'commit')).toBe('run-not-reviewable');
    expect(reviewRefusal(makeRun({ status: 'failed' }), TEST_NOW, 'discard')).toBe('run-not-reviewable');
    expect(reviewableUntil(makeRun({ dryRun: false }))).toBeNull();
  });

  it('refuses a second commit or discard', () => {
    expect(reviewRefusal(makeRun({ committedAt: TEST_NOW }), TEST_NOW, 'commit')).toBe('run-committed');
    expect(reviewRefusal(makeRun({ committedAt: TEST_NOW }), TEST_NOW, 'discard')).toBe('run-committed');
    expect(reviewRefusal(makeRun({ discardedAt: TEST_NOW }), TEST_NOW, 'commit')).toBe('run-discarded');
    expect(reviewableUntil(makeRun({ discardedAt: TEST_NOW }))).toBeNull();
  });

  it('refuses to commit a run older than the window, but still discards it', () => {
    const old = makeRun({ finishedAt: new Date(TEST_NOW.getTime() - REVIEW_WINDOW_HOURS * HOUR_MS) });
    expect(reviewRefusal(old, TEST_NOW, 'commit')).toBe('run-stale');
    expect(reviewRefusal(old, TEST_NOW, 'discard')).toBeNull();
    const justInTime = makeRun({ finishedAt: new Date(TEST_NOW.getTime() - REVIEW_WINDOW_HOURS * HOUR_MS + 1) });
    expect(reviewRefusal(justInTime, TEST_NOW, 'commit')).toBeNull();
  });
});

describe('commitDecision', () => {
  it('proposes an eligible pair with the score it has now', () => {
    const evaluation = evaluatePair(sideOf(makeMigrant()), sideOf(makeHost()), { excluded: false }, TEST_NOW);
    if (!evaluation.eligible) throw new Error('the default pair should be eligible');
    expect(commitDecision(evaluation, 20)).toEqual({ propose: true, score: evaluation.score, reasons: evaluation.reasons });
  });

  it('skips a pair whose host has no open slot left, naming the rule', () => {
    const evaluation = evaluatePair(sideOf(makeMigrant()), { ...sideOf(makeHost()), openSlots: 0 }, { excluded: false }, TEST_NOW);
    expect(commitDecision(evaluation, 20)).toEqual({ propose: false, reason: 'host-full' });
  });

  it('skips a pair whose migrant was matched meanwhile, or that was declined or blocked', () => {
    const matched = evaluatePair({ ...sideOf(makeMigrant()), hasOpenMatch: true }, sideOf(makeHost()), { excluded: false }, TEST_NOW);
    expect(commitDecision(matched, 20)).toEqual({ propose: false, reason: 'migrant-already-matched' });
    const excluded = evaluatePair(sideOf(makeMigrant()), sideOf(makeHost()), { excluded: true }, TEST_NOW);
    expect(commitDecision(excluded, 20)).toEqual({ propose: false, reason: 'pair-excluded' });
  });

  it('skips an eligible pair that now scores below the minimum', () => {
    const evaluation = evaluatePair(sideOf(makeMigrant()), sideOf(makeHost()), { excluded: false }, TEST_NOW);
    if (!evaluation.eligible) throw new Error('the default pair should be eligible');
    expect(commitDecision(evaluation, evaluation.score + 0.1)).toEqual({ propose: false, reason: 'below-min-score' });
    expect(commitDecision(evaluation, evaluation.score).propose).toBe(true);
  });
});
