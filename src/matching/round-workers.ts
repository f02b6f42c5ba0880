import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompactAssignmentProblem } from './domain/assignment.js';
import type { RoundEdges } from './domain/round-edges.js';
import type { RoundPairEvaluator } from './domain/round-graph.js';
import { evaluateSlice, evaluatorFor, solvePiece } from './round-tasks.js';
import type { RoundSetup, RoundTask, RoundTaskAnswer } from './round-workers.protocol.js';

const WORKER_FILE = fileURLToPath(new URL('./round-workers.worker.js', import.meta.url));

/**
 * One thread per core: while they evaluate, the main thread mostly waits for PostgreSQL to read
 * the next batch of migrants. On 2 cores two workers measured faster than one (docs/benchmarks.md).
 */
const MAX_WORKERS = 4;
const DEFAULT_WORKERS = Math.min(MAX_WORKERS, availableParallelism());

/**
 * Where a round's heavy work runs, in two steps: evaluating slices of migrants (threads set up
 * with the round's hosts), then solving independent pieces, on the same threads or, for a big
 * round, on threads that hold nothing else (the evaluating ones end first, letting their hosts go).
 * Running from TypeScript sources (the jest suites) there is no compiled worker file, and the same
 * tasks run in process, one after another. The built app and the benchmark use threads.
 */
export interface RoundThreads {
  /** Threads working side by side; 0 when the work runs in process. */
  readonly threads: number;
  close(): Promise<void>;
}

export interface RoundEvaluators extends RoundThreads {
  /** A batch of migrants serialized (serializePeople); its first is the round's migrant `firstIndex`. */
  evaluate(migrants: Uint8Array, firstIndex: number): Promise<RoundEdges>;
}

export interface RoundSolvers extends RoundThreads {
  /** The piece's chosen edges (its own indexes). Its arrays move to the thread: the caller may not use them after. */
  solve(problem: CompactAssignmentProblem): Promise<Int32Array>;
}

/**
 * The evaluating threads set themselves up (hosts' grid and scoring facts) while the round reads
 * its first migrants: each thread takes its messages in order, so tasks sent meanwhile wait for
 * the setup. They can solve too (a small round's solve, not worth threads of its own).
 */
export function startRoundEvaluators(setup: RoundSetup, threads = DEFAULT_WORKERS): RoundEvaluators & RoundSolvers {
  if (threads < 1 || !existsSync(WORKER_FILE)) return new InProcessRoundWork(evaluatorFor(setup));
  return new RoundWorkerPool(threads, setup);
}

export function startRoundSolvers(threads = DEFAULT_WORKERS): RoundSolvers {
  if (threads < 1 || !existsSync(WORKER_FILE)) return new InProcessRoundWork(null);
  return new RoundWorkerPool(threads, null);
}

class InProcessRoundWork implements RoundEvaluators, RoundSolvers {
  readonly threads = 0;

  constructor(private readonly evaluator: RoundPairEvaluator | null) {}

  evaluate(migrants: Uint8Array, firstIndex: number): Promise<RoundEdges> {
    if (this.evaluator === null) return Promise.reject(new Error('evaluate on solvers'));
    return Promise.resolve(evaluateSlice(this.evaluator, migrants, firstIndex));
  }

  solve(problem: CompactAssignmentProblem): Promise<Int32Array> {
    return Promise.resolve(solvePiece(problem));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * A thread's young generation: V8's default lets each thread keep tens of MB of short-lived
 * objects (a slice's migrants and their scoring facts) before collecting them; smaller, they are
 * collected sooner, at no measurable cost in time (docs/benchmarks.md, Rounds).
 */
const THREAD_YOUNG_GENERATION_MB = 8;

interface Pending {
  resolve(answer: RoundTaskAnswer): void;
  reject(error: Error): void;
}

/** Each task goes to the thread with the fewest waiting; a thread that dies fails its tasks, and so the round. */
class RoundWorkerPool implements RoundEvaluators, RoundSolvers {
  private readonly workers: Worker[];
  private readonly pending: Array<Map<number, Pending>>;
  private nextId = 0;
  /** Settles when every thread is set up; a failed setup fails every task. */
  private readonly ready: Promise<unknown>;

  constructor(
    readonly threads: number,
    setup: RoundSetup | null,
  ) {
    this.workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } }));
    this.pending = this.workers.map(() => new Map<number, Pending>());
    this.workers.forEach((worker, index) => {
      worker.on('message', (answer: RoundTaskAnswer) => this.answered(index, answer));
      worker.on('error', (error) => this.failAll(index, error));
      worker.on('exit', (code) => this.failAll(index, new Error(`round worker stopped (exit code ${code})`)));
    });
    this.ready = setup === null ? Promise.resolve() : Promise.all(this.workers.map((_, index) => this.setUp(index, setup)));
    // Seen by the tasks that wait for it; a round with no task must not leave it unhandled.
    this.ready.catch(() => undefined);
  }

  async evaluate(migrants: Uint8Array, firstIndex: number): Promise<RoundEdges> {
    const [, answer] = await Promise.all([this.ready, this.send(this.leastBusy(), { kind: 'evaluate', migrants, firstIndex }, [])]);
    if (answer.kind !== 'evaluate') throw new Error(`round worker answered ${answer.kind} to evaluate`);
    return answer.edges;
  }

  async solve(problem: CompactAssignmentProblem): Promise<Int32Array> {
    const moved = [problem.rightCapacities.buffer, problem.edgeLeft.buffer, problem.edgeRight.buffer, problem.edgeWeight.buffer] as ArrayBuffer[];
    const [, answer] = await Promise.all([this.ready, this.send(this.leastBusy(), { kind: 'solve', problem }, moved)]);
    if (answer.kind !== 'solve') throw new Error(`round worker answered ${answer.kind} to solve`);
    return answer.chosenEdges;
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /** The rules, then the hosts a part at a time (each thread its copy); the thread answers each in order. */
  private setUp(index: number, setup: RoundSetup): Promise<unknown> {
    const { hosts, ...rules } = setup;
    const sent = [this.send(index, { kind: 'setup', setup: rules }, [])];
    for (const part of hosts) sent.push(this.send(index, { kind: 'hosts', hosts: part }, []));
    return Promise.all(sent);
  }

  private leastBusy(): number {
    let best = 0;
    this.pending.forEach((waiting, index) => {
      if (waiting.size < this.pending[best].size) best = index;
    });
    return best;
  }

  private send(index: number, task: RoundTask, transfer: ArrayBuffer[]): Promise<RoundTaskAnswer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending[index].set(id, { resolve, reject });
      this.workers[index].postMessage({ ...task, id }, transfer);
    });
  }

  private answered(index: number, answer: RoundTaskAnswer): void {
    const waiting = this.pending[index].get(answer.id);
    this.pending[index].delete(answer.id);
    if (answer.kind === 'error') waiting?.reject(new Error(answer.message));
    else waiting?.resolve(answer);
  }

  private failAll(index: number, error: Error): void {
    for (const waiting of this.pending[index].values()) waiting.reject(error);
    this.pending[index].clear();
  }
}
