/**
 * How long data is kept, as plain arithmetic: the moment before which a kind of data is due, and
 * the loop that sweeps it in bounded batches. No framework, no I/O.
 */

const DAY_MS = 86_400_000;

/** Data made (or, for a conversation, ended) before this moment has been kept `days` whole days. */
export function retentionCutoff(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive whole number (got ${days})`);
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Runs `sweepBatch` until a batch comes back short (nothing more is due) and answers the total.
 * Each batch is its own short statement, so a long backlog never holds locks for long; `maxBatches`
 * bounds one run, and the next run carries on where it stopped.
 */
export async function drainInBatches(sweepBatch: (limit: number) => Promise<number>, batchSize: number, maxBatches: number): Promise<number> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive whole number (got ${batchSize})`);
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const swept = await sweepBatch(batchSize);
    total += swept;
    if (swept < batchSize) break;
  }
  return total;
}
