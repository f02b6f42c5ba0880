import { drainInBatches, retentionCutoff } from './retention.js';

describe('retentionCutoff', () => {
  const now = new Date('2026-06-30T12:00:00.000Z');

  it('is the given number of whole days before now', () => {
    expect(retentionCutoff(now, 1)).toEqual(new Date('2026-06-29T12:00:00.000Z'));
    expect(retentionCutoff(now, 180)).toEqual(new Date('2026-01-01T12:00:00.000Z'));
  });

  it('refuses a period that would keep nothing or is not whole days', () => {
    expect(() => retentionCutoff(now, 0)).toThrow(RangeError);
    expect(() => retentionCutoff(now, -3)).toThrow(RangeError);
    expect(() => retentionCutoff(now, 1.5)).toThrow(RangeError);
  });
});

describe('drainInBatches', () => {
  /** A backlog of `due` rows swept `limit` at a time, recording each batch's limit. */
  function backlog(due: number): { sweep: (limit: number) => Promise<number>; limits: number[]; left: () => number } {
    let left = due;
    const limits: number[] = [];
    return {
      limits,
      left: () => left,
      sweep: (limit) => {
        limits.push(limit);
        const taken = Math.min(limit, left);
        left -= taken;
        return Promise.resolve(taken);
      },
    };
  }

  it('sweeps until a batch comes back short, and answers the total', async () => {
    const rows = backlog(7);
    await expect(drainInBatches(rows.sweep, 3, 100)).resolves.toBe(7);
    expect(rows.limits).toEqual([3, 3, 3]);
    expect(rows.left()).toBe(0);
  });

  it('asks once more after an exactly full last batch, and stops at an empty one', async () => {
    const rows = backlog(6);
    await expect(drainInBatches(rows.sweep, 3, 100)).resolves.toBe(6);
    expect(rows.limits).toEqual([3, 3, 3]);
  });

  it('asks once when nothing is due', async () => {
    const rows = backlog(0);
    await expect(drainInBatches(rows.sweep, 50, 100)).resolves.toBe(0);
    expect(rows.limits).toEqual([50]);
  });

  it('stops after maxBatches, leaving the rest for the next run', async () => {
    const rows = backlog(10);
    await expect(drainInBatches(rows.sweep, 2, 3)).resolves.toBe(6);
    expect(rows.left()).toBe(4);
  });

  it('refuses a batch size that would never make progress', async () => {
    await expect(drainInBatches(backlog(1).sweep, 0, 3)).rejects.toThrow(RangeError);
  });
});
