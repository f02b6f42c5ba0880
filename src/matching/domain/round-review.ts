/**
 * Reviewing a dry run before its pairs are proposed: the score distribution staff look at, whether
 * a run may still be committed or discarded, and what committing decides for each reviewed pair.
 */
import type { PairReason } from './matching-person.js';
import type { IneligibilityReason, PairEvaluation } from './pair.js';

/** How long a dry run's pairs may be committed after it finished: older figures no longer describe the people. */
export const REVIEW_WINDOW_HOURS = 24;

/** Scores counted in [from, to); the last bucket includes 100. */
export interface ScoreBucket {
  from: number;
  to: number;
  count: number;
}

/** Ten buckets of ten points, empty ones included, so every run's chart has the same axis. */
export function scoreHistogram(scores: readonly number[], width = 10): ScoreBucket[] {
  const buckets: ScoreBucket[] = [];
  for (let from = 0; from < 100; from += width) buckets.push({ from, to: Math.min(100, from + width), count: 0 });
  for (const score of scores) {
    const index = Math.min(buckets.length - 1, Math.max(0, Math.floor(score / width)));
    buckets[index].count += 1;
  }
  return buckets;
}

export interface ReviewableRun {
  status: 'running' | 'finished' | 'failed';
  dryRun: boolean;
  finishedAt: Date | null;
  committedAt: Date | null;
  discardedAt: Date | null;
}

export type ReviewRefusal = 'run-not-reviewable' | 'run-committed' | 'run-discarded' | 'run-stale';

/** The moment a finished dry run stops being committable; null for a run that never was. */
export function reviewableUntil(run: ReviewableRun): Date | null {
  if (!run.dryRun || run.status !== 'finished' || run.finishedAt === null || run.committedAt !== null || run.discardedAt !== null) return null;
  return new Date(run.finishedAt.getTime() + REVIEW_WINDOW_HOURS * 3_600_000);
}

/**
 * Why the run's pairs may not be committed (or discarded) now; null when they may. Only a finished
 * dry run has pairs to review, each once; `stale` applies to committing only (discarding old pairs is harmless).
 */
export function reviewRefusal(run: ReviewableRun, now: Date, action: 'commit' | 'discard'): ReviewRefusal | null {
  if (!run.dryRun || run.status !== 'finished') return 'run-not-reviewable';
  if (run.committedAt !== null) return 'run-committed';
  if (run.discardedAt !== null) return 'run-discarded';
  const until = reviewableUntil(run);
  if (action === 'commit' && until !== null && now.getTime() >= until.getTime()) return 'run-stale';
  return null;
}

/** Why a reviewed pair was not proposed on commit. */
export type SkipReason = IneligibilityReason | 'below-min-score';

export type CommitDecision = { propose: true; score: number; reasons: PairReason[] } | { propose: false; reason: SkipReason };

/**
 * A reviewed pair evaluated again at commit time, with the same rules as suggestions and rounds: it
 * is proposed with the score it has now, or skipped with the rule it breaks now.
 */
export function commitDecision(evaluation: PairEvaluation, minScore: number): CommitDecision {
  if (!evaluation.eligible) return { propose: false, reason: evaluation.reason };
  if (evaluation.score < minScore) return { propose: false, reason: 'below-min-score' };
  return { propose: true, score: evaluation.score, reasons: evaluation.reasons };
}
