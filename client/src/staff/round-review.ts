import type { MatchingRun } from '../api/client';
import { ApiError } from '../api/errors';
import type { Series } from './stats-figures';

/** Where a round stands for staff reviewing it. */
export type ReviewState = 'running' | 'failed' | 'empty' | 'reviewable' | 'committed' | 'discarded' | 'stale';

type ReviewedRun = Pick<MatchingRun, 'status' | 'proposals' | 'committedAt' | 'discardedAt' | 'reviewableUntil'>;

/** A finished dry run may be committed once, within its review time, when it chose at least one pair. */
export function reviewState(run: ReviewedRun, now: number): ReviewState {
  if (run.status === 'running') return 'running';
  if (run.status === 'failed') return 'failed';
  if (run.committedAt !== null) return 'committed';
  if (run.discardedAt !== null) return 'discarded';
  if (run.proposals === 0) return 'empty';
  if (run.reviewableUntil === null || new Date(run.reviewableUntil).getTime() <= now) return 'stale';
  return 'reviewable';
}

/** The refusals of a commit or discard that mean the run is past review, as the state they name. */
const REFUSED_STATES: Record<string, ReviewState> = {
  'matching.run-committed': 'committed',
  'matching.run-discarded': 'discarded',
  'matching.run-stale': 'stale',
  'matching.run-not-reviewable': 'stale',
};

/** The state a refused commit or discard reveals (someone else committed it, it went stale); undefined for other errors. */
export function stateOfRefusal(error: unknown): ReviewState | undefined {
  return error instanceof ApiError && error.code !== undefined ? REFUSED_STATES[error.code] : undefined;
}

/** The chosen pairs' scores, ten buckets of ten points, labelled "from–to". */
export function scoreSeries(run: Pick<MatchingRun, 'scoreHistogram'>): Series | undefined {
  const buckets = run.scoreHistogram;
  if (buckets === null || buckets.length === 0) return undefined;
  return { labels: buckets.map((bucket) => `${bucket.from}–${bucket.to}`), values: buckets.map((bucket) => bucket.count) };
}

/** Pages needed for `total` rows, at least one so "Page 1 of 1" reads right for an empty list. */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, limit)));
}
