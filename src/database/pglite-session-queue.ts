import type { PGlite } from '@electric-sql/pglite';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

// Frontend message types that end a request cycle: a simple Query, an extended-protocol Sync, Terminate.
const QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const TERMINATE = 0x58; // 'X'

/**
 * Feeds the wire-protocol messages of many client connections into PGlite's single session.
 *
 * pglite-socket's own queue interleaves connections message by message. With the extended
 * protocol a query is several messages (Parse, Bind, Execute, Sync) sharing the session's unnamed
 * statement, so interleaving two connections binds one query's parameters to another's statement.
 * This queue gives one connection the session from its first message until its request cycle ends
 * (Query or Sync) and, while a transaction is open, until the transaction ends.
 */
export class PgliteSessionQueue {
  private readonly queue: QueuedMessage[] = [];
  private processing = false;
  /** The connection that holds the session: mid-request or inside a transaction. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i -= 1) {
      const item = this.queue[i];
      if (item?.handlerId === handlerId) {
        this.queue.splice(i, 1);
        item.reject(new Error('Handler disconnected'));
      }
    }
  }

  /** A connection that goes away mid-transaction must not leave the session stuck in it. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.processQueue();
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let next = this.takeNext(); next !== undefined; next = this.takeNext()) await this.run(next);
    } finally {
      this.processing = false;
    }
  }

  private takeNext(): QueuedMessage | undefined {
    const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async run(item: QueuedMessage): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data: Uint8Array) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
      item.resolve(bytes);
    } catch (error) {
      item.reject(error);
    }
    this.owner = endsRequestCycle(item.message) && !this.db.isInTransaction() ? null : item.handlerId;
  }
}

function endsRequestCycle(message: Uint8Array): boolean {
  const type = message[0];
  // Startup and SSL packets begin with a length, whose first byte is 0 for any real packet.
  return type === QUERY || type === SYNC || type === TERMINATE || type === 0;
}
