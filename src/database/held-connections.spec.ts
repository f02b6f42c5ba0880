import { HeldConnections, type ReleasableRunner } from './held-connections.js';

class FakeRunner implements ReleasableRunner {
  isReleased = false;
  constructor(readonly id: number) {}
  release(): Promise<void> {
    this.isReleased = true;
    return Promise.resolve();
  }
}

function heldConnections(keep: number): { held: HeldConnections<FakeRunner>; checkedOut: FakeRunner[] } {
  const checkedOut: FakeRunner[] = [];
  const held = new HeldConnections(() => {
    const runner = new FakeRunner(checkedOut.length + 1);
    checkedOut.push(runner);
    return runner;
  }, keep);
  return { held, checkedOut };
}

const runnerId = (runner: FakeRunner): Promise<number> => Promise.resolve(runner.id);

describe('HeldConnections', () => {
  it('checks a connection out once and reuses it for the next work', async () => {
    const { held, checkedOut } = heldConnections(2);
    expect(await held.run(runnerId)).toBe(1);
    expect(await held.run(runnerId)).toBe(1);
    expect(checkedOut).toHaveLength(1);
    expect(checkedOut[0].isReleased).toBe(false);
  });

  it('checks out one per concurrent work and keeps no more than asked, giving the rest back', async () => {
    const { held, checkedOut } = heldConnections(2);
    const ids = await Promise.all([1, 2, 3].map(() => held.run(runnerId)));
    expect(ids).toEqual([1, 2, 3]);
    expect(checkedOut.map((runner) => runner.isReleased)).toEqual([false, false, true]);
    expect((await Promise.all([1, 2].map(() => held.run(runnerId)))).sort()).toEqual([1, 2]);
    expect(checkedOut).toHaveLength(3);
  });

  it('gives a connection back to the pool when its work fails, and checks out a fresh one next time', async () => {
    const { held, checkedOut } = heldConnections(2);
    await expect(held.run(() => Promise.reject(new Error('connection terminated')))).rejects.toThrow('connection terminated');
    expect(checkedOut[0].isReleased).toBe(true);
    expect(await held.run(runnerId)).toBe(2);
  });

  it('never reuses a connection released while it was held', async () => {
    const { held, checkedOut } = heldConnections(2);
    await held.run(runnerId);
    await checkedOut[0].release(); // TypeORM does this when the connection reports an error
    expect(await held.run(runnerId)).toBe(2);
  });
});
