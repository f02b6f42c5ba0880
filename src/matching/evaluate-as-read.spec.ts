import { evaluateAsRead } from './evaluate-as-read.js';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** Reads the given batches one after another, each after `ms`, then null. */
function reader(batches: number[], ms: number, failAt?: number): () => Promise<number | null> {
  let next = 0;
  return async () => {
    await later(ms, null);
    if (next === failAt) throw new Error('the read failed');
    return next < batches.length ? batches[next++] : null;
  };
}

/** A promise that tells whether anything has taken its outcome yet (a `then`, which `catch` calls too). */
function watched<T>(promise: Promise<T>): Promise<T> & { handled: boolean } {
  const then = promise.then.bind(promise);
  return Object.assign(promise, {
    handled: false,
    then(this: Promise<T> & { handled: boolean }, ...args: Parameters<Promise<T>['then']>) {
      this.handled = true;
      return then(...args);
    },
  });
}

describe('evaluateAsRead', () => {
  it('evaluates each batch as it is read, side by side, and answers in batch order', async () => {
    const started: number[] = [];
    const results = await evaluateAsRead(reader([1, 2, 3], 5), (batch) => {
      started.push(batch);
      // The first batch takes longest: its result still comes first.
      return later(40 - 10 * batch, batch * 10);
    });
    expect(started).toEqual([1, 2, 3]);
    expect(results).toEqual([10, 20, 30]);
  });

  it('takes a failed evaluation at once, while the next batch is read, and fails with it when the reading ends', async () => {
    let failed: ReturnType<typeof watched> | undefined;
    const read = reader([1, 2, 3], 20);
    let handledWhileReading = false;
    const answer = evaluateAsRead(
      async () => {
        const batch = await read();
        if (batch === 3) handledWhileReading = failed?.handled === true;
        return batch;
      },
      (batch) => (batch === 1 ? (failed = watched(Promise.reject(new Error('a thread died')))) : later(1, batch)),
    );
    await expect(answer).rejects.toThrow('a thread died');
    expect(handledWhileReading).toBe(true);
  });

  // Jest fails a test on a rejection nobody takes.
  it('fails with a failed read, leaving the evaluations already started taken', async () => {
    const answer = evaluateAsRead(reader([1, 2, 3], 20, 2), () => Promise.reject(new Error('a thread died')));
    await expect(answer).rejects.toThrow('the read failed');
    await later(10, null);
  });
});
