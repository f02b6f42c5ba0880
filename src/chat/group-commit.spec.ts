import { GroupCommit } from './group-commit.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('GroupCommit', () => {
  it('writes a lone item at once and batches what arrives while a write is in flight', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const group = new GroupCommit<number, string>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items.map((n) => `stored ${n}`);
      },
      { maxBatch: 10, maxInFlight: 1, stallAfterMs: 50 },
    );
    const first = group.offer(1);
    const rest = [2, 3, 4].map((n) => group.offer(n));
    expect(batches).toEqual([[1]]);
    gate.resolve();
    await expect(first).resolves.toBe('stored 1');
    await expect(Promise.all(rest)).resolves.toEqual(['stored 2', 'stored 3', 'stored 4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('caps batches and flights', async () => {
    const batches: number[][] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const group = new GroupCommit<number, number>(
      async (items) => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 5));
        concurrent -= 1;
        return items;
      },
      { maxBatch: 3, maxInFlight: 2, stallAfterMs: 50 },
    );
    await expect(Promise.all(Array.from({ length: 20 }, (_, i) => group.offer(i)))).resolves.toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(maxConcurrent).toBe(2);
    expect(Math.max(...batches.map((b) => b.length))).toBe(3);
  });

  it('lets a batch grow behind a quick write instead of starting a second one', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const group = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items;
      },
      { maxBatch: 10, maxInFlight: 2, stallAfterMs: 10_000 },
    );
    const offered = [1, 2, 3, 4].map((n) => group.offer(n));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toEqual([[1]]);
    gate.resolve();
    await expect(Promise.all(offered)).resolves.toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('starts a second write when the first has been out for stallAfterMs, so a stalled write holds nothing else back', async () => {
    const stuck = deferred();
    const group = new GroupCommit<number, number>(
      async (items) => {
        if (items.includes(1)) await stuck.promise;
        return items;
      },
      { maxBatch: 10, maxInFlight: 2, stallAfterMs: 30 },
    );
    const first = group.offer(1);
    const startedAt = performance.now();
    await expect(group.offer(2)).resolves.toBe(2);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(25);
    stuck.resolve();
    await expect(first).resolves.toBe(1);
  });

  it('starts another write at once when a full batch is waiting', async () => {
    const gate = deferred();
    const batches: number[][] = [];
    const group = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items;
      },
      { maxBatch: 2, maxInFlight: 2, stallAfterMs: 10_000 },
    );
    const offered = [1, 2, 3].map((n) => group.offer(n));
    await Promise.resolve();
    expect(batches).toEqual([[1], [2, 3]]);
    gate.resolve();
    await expect(Promise.all(offered)).resolves.toEqual([1, 2, 3]);
  });

  it('sends the next batch before answering the one just written, so the two overlap', async () => {
    const events: string[] = [];
    const gate = deferred();
    const group = new GroupCommit<number, number>(
      async (items) => {
        events.push(`write ${items.join(',')}`);
        if (items.includes(1)) await gate.promise;
        return items;
      },
      { maxBatch: 10, maxInFlight: 1, stallAfterMs: 50 },
    );
    const first = group.offer(1).then(() => events.push('answered 1'));
    const second = group.offer(2).then(() => events.push('answered 2'));
    gate.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['write 1', 'write 2', 'answered 1', 'answered 2']);
  });

  it('retries each item alone when a batch fails, so only the bad item fails', async () => {
    const gate = deferred();
    const group = new GroupCommit<number, number>(
      async (items) => {
        await gate.promise;
        if (items.includes(13)) throw new Error('unlucky');
        return items.map((n) => n * 2);
      },
      { maxBatch: 10, maxInFlight: 1, stallAfterMs: 50 },
    );
    const blocker = group.offer(0);
    const offered = [12, 13, 14].map((n) => group.offer(n).then((value) => ({ value }), (error: Error) => ({ error: error.message })));
    gate.resolve();
    await blocker;
    await expect(Promise.all(offered)).resolves.toEqual([{ value: 24 }, { error: 'unlucky' }, { value: 28 }]);
  });
});
