import type { MatchingRun } from '../api/client';

/** Polls a matching round until it is no longer `running` (the POST may answer before the round ends). */
export async function pollUntilDone(
  first: MatchingRun,
  fetchRun: (id: string) => Promise<MatchingRun>,
  options: { intervalMs?: number; timeoutMs?: number; sleep?: (ms: number) => Promise<void>; onProgress?: (run: MatchingRun) => void } = {},
): Promise<MatchingRun> {
  const intervalMs = options.intervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let run = first;
  let waited = 0;
  while (run.status === 'running') {
    if (waited >= timeoutMs) throw new Error('the round is still running; check again later');
    await sleep(intervalMs);
    waited += intervalMs;
    run = await fetchRun(run.id);
    options.onProgress?.(run);
  }
  return run;
}
