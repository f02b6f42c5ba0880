/**
 * Runs long work written as a generator (a step, then `yield`) one step per turn of the event
 * loop, so a server doing it still answers requests and sockets between steps.
 */
export async function inTurns<Result>(steps: Generator<void, Result, void>): Promise<Result> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await nextTurn();
  }
}

/** Lets the event loop take a turn (timers, sockets, requests) before going on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
