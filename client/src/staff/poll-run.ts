import type { MatchingRun } from '../api/client';

export const RUN_POLL_MS = 1000;
export const RUN_POLL_TIMEOUT_MS = 10 * 60_000;

/**
 * How long to wait before asking about a matching round again (the POST may answer before the
 * round ends): while it runs, every second; never once it is done, nor after ten minutes, when
 * staff are better told to check again later than kept waiting.
 */
export function nextRunPoll(run: Pick<MatchingRun, 'status' | 'createdAt'> | undefined, now: number): number | false {
  if (run?.status !== 'running') return false;
  return now - new Date(run.createdAt).getTime() < RUN_POLL_TIMEOUT_MS ? RUN_POLL_MS : false;
}

/** What staff see of a running round's progress: its phase and counts; null once it is done or before it reports. */
export function runProgress(run: Pick<MatchingRun, 'status' | 'phase' | 'candidatePairs' | 'components' | 'componentsSolved'>): { phase: NonNullable<MatchingRun['phase']>; pairs: number; solved: number; components: number | null } | null {
  if (run.status !== 'running' || run.phase === null) return null;
  return { phase: run.phase, pairs: run.candidatePairs ?? 0, solved: run.componentsSolved ?? 0, components: run.components };
}
