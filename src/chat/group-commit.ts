export interface GroupCommitOptions {
  /** Most items in one write. */
  maxBatch: number;
  /** Most writes out at once. */
  maxInFlight: number;
  /**
   * While a write is out, another starts only when the newest has been out this long, or when a
   * full batch is waiting. So under load batches grow instead of statements multiplying (each costs
   * CPU on both sides), yet one stalled write (a row locked elsewhere) holds the rest back no longer.
   */
  stallAfterMs: number;
}

/**
 * Group commit: items offered while a write is in flight wait and go together in the next one, so
 * under load many messages share one statement and one commit, while a lone message is written at
 * once. `write` stores a batch and answers per item; when it fails for a batch of several, each item
 * is retried alone, so one bad item (a racing duplicate, a deadlock victim) never fails the others.
 */
export class GroupCommit<Item, Result> {
  private queue: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  private inFlight = 0;
  private newestStartedAt = 0;
  private wakeUp: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly write: (items: Item[]) => Promise<Result[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  offer(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      if (this.inFlight > 0 && this.queue.length < this.options.maxBatch) {
        const outFor = performance.now() - this.newestStartedAt;
        if (outFor < this.options.stallAfterMs) {
          this.pumpAgainIn(this.options.stallAfterMs - outFor);
          return;
        }
      }
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      this.newestStartedAt = performance.now();
      void this.flush(batch);
    }
  }

  private release(): void {
    this.inFlight -= 1;
    this.pump();
  }

  private pumpAgainIn(ms: number): void {
    if (this.wakeUp !== undefined) return;
    this.wakeUp = setTimeout(() => {
      this.wakeUp = undefined;
      this.pump();
    }, ms);
    // A pending wake-up alone must not keep the process alive; the write it waits on does.
    this.wakeUp.unref();
  }

  private async flush(batch: typeof this.queue): Promise<void> {
    let results: Result[];
    try {
      results = await this.write(batch.map((entry) => entry.item));
    } catch (error) {
      await this.retryEachAlone(batch, error);
      this.release();
      return;
    }
    // The next batch goes out before this one is answered, so the database writes it while this
    // process answers (and fans out) these: the two overlap instead of taking turns. This batch is
    // committed, so the next one never waits on its locks.
    this.release();
    batch.forEach((entry, i) => entry.resolve(results[i]));
  }

  private async retryEachAlone(batch: typeof this.queue, error: unknown): Promise<void> {
    if (batch.length === 1) {
      batch[0].reject(error);
      return;
    }
    await Promise.all(
      batch.map(async (entry) => {
        try {
          entry.resolve((await this.write([entry.item]))[0]);
        } catch (itemError) {
          entry.reject(itemError);
        }
      }),
    );
  }
}
