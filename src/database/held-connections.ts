/** What HeldConnections needs of a TypeORM query runner. */
export interface ReleasableRunner {
  readonly isReleased: boolean;
  release(): Promise<void>;
}

/**
 * A few pooled connections kept checked out for one hot statement and reused, one write after
 * another, instead of being checked out of the pool for each.
 *
 * pg-pool hands out even an idle connection on a later tick (`process.nextTick`), and promise
 * continuations already queued run before it. The chat's group commit sends its next batch and then
 * answers the last one: a whole batch of acks and events, all promise continuations. Checked out of
 * the pool, the next statement waited for all of them, about a millisecond a batch; a held
 * connection is ready at once.
 *
 * A runner whose work failed goes back to the pool, which drops a broken connection; so does one
 * beyond `keep`. A runner released meanwhile is never used again: TypeORM releases it when its
 * connection reports an error, and releases every runner still connected when the data source is
 * destroyed, before it ends the pool.
 */
export class HeldConnections<Runner extends ReleasableRunner> {
  private readonly idle: Runner[] = [];

  constructor(
    private readonly checkOut: () => Runner,
    private readonly keep: number,
  ) {}

  async run<T>(work: (runner: Runner) => Promise<T>): Promise<T> {
    const runner = this.takeIdle() ?? this.checkOut();
    let result: T;
    try {
      result = await work(runner);
    } catch (error) {
      await runner.release();
      throw error;
    }
    if (this.idle.length >= this.keep) await runner.release();
    else this.idle.push(runner);
    return result;
  }

  private takeIdle(): Runner | undefined {
    let runner = this.idle.pop();
    while (runner?.isReleased === true) runner = this.idle.pop();
    return runner;
  }
}
