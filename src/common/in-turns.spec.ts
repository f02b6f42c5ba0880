import { inTurns } from './in-turns.js';

describe('inTurns', () => {
  it('runs one step per turn of the event loop, letting other work run between, and answers the result', async () => {
    const order: string[] = [];
    function* work(): Generator<void, number, void> {
      order.push('step 1');
      yield;
      order.push('step 2');
      yield;
      order.push('step 3');
      return 42;
    }
    const done = inTurns(work());
    // Queued after inTurns' first turn: it runs before the step after that.
    setImmediate(() => order.push('other work'));
    expect(await done).toBe(42);
    expect(order).toEqual(['step 1', 'step 2', 'other work', 'step 3']);
  });

  it('fails with a step that fails', async () => {
    function* failing(): Generator<void, number, void> {
      yield;
      throw new Error('step failed');
    }
    await expect(inTurns(failing())).rejects.toThrow('step failed');
  });
});
