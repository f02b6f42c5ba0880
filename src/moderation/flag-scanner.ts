import { Logger, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { flagBodiesBeforeMeeting, type Flag, type FlaggedBodies } from './domain/flags.js';

/** What FlagScanner needs of a worker thread (node:worker_threads' Worker; a fake in the unit spec). */
export interface ScanWorker {
  postMessage(bodies: string[]): void;
  on(event: 'message', listener: (flagged: FlaggedBodies) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** Starts a scan worker, or says there is none to start. */
export type ScanWorkerFactory = () => ScanWorker | undefined;

const WORKER_FILE = fileURLToPath(new URL('./flag-scanner.worker.js', import.meta.url));

/**
 * The compiled worker next to this file. Running from TypeScript sources (the jest suites) there
 * is none, and scanning stays on the calling thread; the built app's e2e spec covers the worker.
 */
export const startFlagScanWorker: ScanWorkerFactory = () => {
  if (!existsSync(WORKER_FILE)) return undefined;
  const worker = new Worker(WORKER_FILE);
  // An idle worker must not keep the process alive; the app terminates it on shutdown anyway.
  worker.unref();
  return worker;
};

/** After this many worker crashes the scanner stops restarting it and scans on its own thread. */
const MAX_WORKER_CRASHES = 3;

/**
 * How long bodies gather before they go to the worker together. Each batch wakes the worker thread,
 * and on a busy machine a woken thread can take the chat's core for a moment; an auto report that
 * opens 50 ms later costs nobody anything.
 */
export const SCAN_BATCH_WINDOW_MS = 50;

/** What can be scanned: anything with a chat message body. */
export interface Scannable {
  body: string;
}

/**
 * Called once per scanned item with its flags (usually none). One function for every item, so
 * a scan waiting for its batch holds nothing of its own but the item.
 */
export type WhenScanned<Item extends Scannable> = (item: Item, flags: Flag[]) => void;

interface PendingScan<Item extends Scannable = Scannable> {
  item: Item;
  // Method syntax: a pending scan of any item type is kept in the one queue.
  whenScanned(item: Item, flags: Flag[]): void;
}

/**
 * Checks new chat messages for flags off the chat's event loop. Every message is scanned (word
 * lists in several languages, contact-detail patterns): on the main thread that was the largest
 * single piece of a send's work, and a long or tricky body held up every conversation meanwhile.
 *
 * Bodies asked for within `batchWindowMs` go to the worker as one batch; answers come back in the
 * order batches went. Nothing goes unscanned: if the worker dies, the batches it held are scanned
 * here, and a new worker is started for the next ones (up to MAX_WORKER_CRASHES; then this thread
 * scans everything).
 *
 * A scan answers through a callback rather than a promise: under chat load a few hundred scans are
 * waiting at any moment, and a promise with a suspended caller per message kept enough alive to
 * lengthen the chat server's young-generation collections by a third (docs/benchmarks.md).
 */
export class FlagScanner implements OnModuleDestroy {
  private readonly logger = new Logger(FlagScanner.name);
  private queued: PendingScan[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Batches posted to the worker and not answered yet, oldest first. */
  private awaiting: PendingScan[][] = [];
  private worker: ScanWorker | undefined;
  private crashes = 0;
  /** No worker to start (running from sources), or the app is shutting down: scan on this thread. */
  private scanningHere = false;

  constructor(
    private readonly startWorker: ScanWorkerFactory,
    private readonly batchWindowMs: number = SCAN_BATCH_WINDOW_MS,
  ) {}

  /** Tells `whenScanned` the flags `item.body` has if the pair has not met yet (see flagBodiesBeforeMeeting); [] for most. */
  scan<Item extends Scannable>(item: Item, whenScanned: WhenScanned<Item>): void {
    this.queued.push({ item, whenScanned });
    if (this.queued.length === 1) this.flushTimer = setTimeout(() => this.flush(), this.batchWindowMs);
  }

  /** Answers everything still waiting, here and now, so no scan outlives the app. */
  async onModuleDestroy(): Promise<void> {
    this.scanningHere = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) await worker.terminate();
    this.scanHere([...this.awaiting.splice(0).flat(), ...this.takeQueued()]);
  }

  private takeQueued(): PendingScan[] {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.queued;
    this.queued = [];
    return batch;
  }

  private flush(): void {
    const batch = this.takeQueued();
    const worker = this.runningWorker();
    if (worker === undefined) {
      this.scanHere(batch);
      return;
    }
    this.awaiting.push(batch);
    worker.postMessage(batch.map((pending) => pending.item.body));
  }

  private runningWorker(): ScanWorker | undefined {
    if (this.worker !== undefined || this.scanningHere) return this.worker;
    const worker = this.startWorker();
    if (worker === undefined) {
      this.scanningHere = true;
      return undefined;
    }
    worker.on('message', (flagged) => answer(this.awaiting.shift() ?? [], flagged));
    worker.on('error', (error) => this.logger.error({ err: error }, 'Flag scanner worker failed'));
    worker.on('exit', () => this.workerExited(worker));
    this.worker = worker;
    return worker;
  }

  private workerExited(worker: ScanWorker): void {
    if (this.worker !== worker) return; // terminated on shutdown, already handled
    this.worker = undefined;
    this.crashes += 1;
    if (this.crashes >= MAX_WORKER_CRASHES) {
      this.scanningHere = true;
      this.logger.error(`Flag scanner worker stopped ${this.crashes} times; scanning on the main thread from now on`);
    }
    this.scanHere(this.awaiting.splice(0).flat());
  }

  private scanHere(batch: PendingScan[]): void {
    if (batch.length > 0) answer(batch, flagBodiesBeforeMeeting(batch.map((pending) => pending.item.body)));
  }
}

function answer(batch: readonly PendingScan[], flagged: FlaggedBodies): void {
  const flagsAt = new Map(flagged);
  batch.forEach((pending, index) => pending.whenScanned(pending.item, flagsAt.get(index) ?? []));
}
