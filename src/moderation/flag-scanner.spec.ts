import { EventEmitter } from 'node:events';
import { flagBodiesBeforeMeeting, type Flag } from './domain/flags.js';
import { FlagScanner, type ScanWorker } from './flag-scanner.js';

/** Stands in for the worker thread: holds posted batches until the test answers or crashes it. */
class FakeWorker extends EventEmitter implements ScanWorker {
  readonly posted: string[][] = [];
  terminated = false;

  postMessage(bodies: string[]): void {
    this.posted.push(bodies);
  }

  /** Answers the oldest posted batch as the real worker would. */
  answerNext(): void {
    const bodies = this.posted.shift();
    if (bodies === undefined) throw new Error('nothing posted');
    this.emit('message', flagBodiesBeforeMeeting(bodies));
  }

  crash(): void {
    this.emit('error', new Error('worker failed'));
    this.emit('exit', 1);
  }

  terminate(): Promise<number> {
    this.terminated = true;
    this.emit('exit', 1);
    return Promise.resolve(1);
  }
}

const PHONE = 'Call me on +31 6 12345678 tonight';
const HARMLESS = 'See you at the library on Tuesday';
const ABUSIVE = 'you are a fucking idiot';

const WINDOW_MS = 20;

/** Lets the scanner's batch window pass, so what it gathered goes out. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 10));

function scannerWith(workers: FakeWorker[]): { scanner: FlagScanner; started: () => number } {
  let started = 0;
  const scanner = new FlagScanner(() => {
    const worker = workers[started];
    started += 1;
    return worker;
  }, WINDOW_MS);
  return { scanner, started: () => started };
}

/** Scans `body` and resolves with its flags when the scanner answers. */
function scanned(scanner: FlagScanner, body: string): Promise<Flag[]> {
  return new Promise((resolve) => scanner.scan({ body }, (_item, flags) => resolve(flags)));
}

describe('FlagScanner', () => {
  it('answers each item with the item itself', async () => {
    const { scanner } = scannerWith([]);
    const items = [{ body: PHONE, messageId: 'm1' }, { body: HARMLESS, messageId: 'm2' }];
    const answered: Array<[string, string[]]> = [];
    for (const item of items) scanner.scan(item, (scannedItem, flags) => answered.push([scannedItem.messageId, flags.map((flag) => flag.kind)]));
    await nextTurn();
    expect(answered).toEqual([['m1', ['phone']], ['m2', []]]);
  });

  it('sends the bodies asked for within its window to the worker as one batch and answers each with its own flags', async () => {
    const worker = new FakeWorker();
    const { scanner } = scannerWith([worker]);
    const answers = Promise.all([scanned(scanner, PHONE), scanned(scanner, HARMLESS), scanned(scanner, ABUSIVE)]);
    await nextTurn();
    expect(worker.posted).toEqual([[PHONE, HARMLESS, ABUSIVE]]);
    worker.answerNext();
    const [phone, harmless, abusive] = await answers;
    expect(phone.map((flag) => flag.kind)).toEqual(['phone']);
    expect(harmless).toEqual([]);
    expect(abusive.map((flag) => flag.kind)).toEqual(['abusive']);
  });

  it('waits for its window before waking the worker, gathering what comes meanwhile', async () => {
    const worker = new FakeWorker();
    const { scanner } = scannerWith([worker]);
    const first = scanned(scanner, HARMLESS);
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS / 4));
    expect(worker.posted).toEqual([]);
    const second = scanned(scanner, PHONE);
    await nextTurn();
    expect(worker.posted).toEqual([[HARMLESS, PHONE]]);
    worker.answerNext();
    expect(await first).toEqual([]);
    expect((await second).map((flag) => flag.kind)).toEqual(['phone']);
  });

  it('answers batches from different windows in the order they went out', async () => {
    const worker = new FakeWorker();
    const { scanner, started } = scannerWith([worker]);
    const first = scanned(scanner, HARMLESS);
    await nextTurn();
    const second = scanned(scanner, PHONE);
    await nextTurn();
    expect(worker.posted).toEqual([[HARMLESS], [PHONE]]);
    worker.answerNext();
    worker.answerNext();
    expect(await first).toEqual([]);
    expect((await second).map((flag) => flag.kind)).toEqual(['phone']);
    expect(started()).toBe(1);
  });

  it('scans what a crashed worker held on its own thread, and starts a new worker for what comes next', async () => {
    const [crashing, next] = [new FakeWorker(), new FakeWorker()];
    const { scanner, started } = scannerWith([crashing, next]);
    const lost = scanned(scanner, PHONE);
    await nextTurn();
    crashing.crash();
    expect((await lost).map((flag) => flag.kind)).toEqual(['phone']);

    const later = scanned(scanner, ABUSIVE);
    await nextTurn();
    expect(started()).toBe(2);
    expect(next.posted).toEqual([[ABUSIVE]]);
    next.answerNext();
    expect((await later).map((flag) => flag.kind)).toEqual(['abusive']);
  });

  it('stops starting workers after three crashes and scans everything itself', async () => {
    const workers = [new FakeWorker(), new FakeWorker(), new FakeWorker(), new FakeWorker()];
    const { scanner, started } = scannerWith(workers);
    for (const worker of workers.slice(0, 3)) {
      const lost = scanned(scanner, PHONE);
      await nextTurn();
      worker.crash();
      expect((await lost).map((flag) => flag.kind)).toEqual(['phone']);
    }
    const afterwards = scanned(scanner, ABUSIVE);
    expect((await afterwards).map((flag) => flag.kind)).toEqual(['abusive']);
    expect(started()).toBe(3);
    expect(workers[3].posted).toEqual([]);
  });

  it('scans on its own thread when there is no worker to start, and does not try again', async () => {
    const { scanner, started } = scannerWith([]);
    expect((await scanned(scanner, PHONE)).map((flag) => flag.kind)).toEqual(['phone']);
    expect(await scanned(scanner, HARMLESS)).toEqual([]);
    expect(started()).toBe(1);
  });

  it('on shutdown terminates the worker and answers at once what it held and what was still gathering', async () => {
    const worker = new FakeWorker();
    const { scanner } = scannerWith([worker]);
    const held = scanned(scanner, ABUSIVE);
    await nextTurn();
    const gathering = scanned(scanner, PHONE);
    let answered = false;
    void gathering.then(() => (answered = true));
    await scanner.onModuleDestroy();
    await Promise.resolve();
    expect(answered).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(worker.posted).toEqual([[ABUSIVE]]);
    expect((await held).map((flag) => flag.kind)).toEqual(['abusive']);
    expect((await gathering).map((flag) => flag.kind)).toEqual(['phone']);
    expect((await scanned(scanner, PHONE)).map((flag) => flag.kind)).toEqual(['phone']);
  });
});
