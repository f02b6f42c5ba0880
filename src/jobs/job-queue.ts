import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config.js';
import { nextTurn } from '../common/in-turns.js';
import { sqlStateOf } from '../common/postgres-errors.js';
import { JOB_CATALOGUE, JOB_NAMES, type JobName } from './job-catalogue.js';

export type JobData = Record<string, unknown>;
export type JobHandler = (data: JobData) => Promise<unknown>;

/** Runs pg-boss's SQL on a connection of the caller's: the job is queued in the caller's transaction. */
export interface JobSqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** pg-boss keeps its tables in a schema of its own, created and upgraded by pg-boss at start. */
export const JOB_SCHEMA = 'pgboss';

/**
 * The durable job queue: jobs live in PostgreSQL, survive restarts, run once across processes
 * (pg-boss fetches with SKIP LOCKED), and are retried with exponential backoff. Scheduled jobs
 * are pg-boss cron schedules, which pg-boss fires once per minute slot however many processes run.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly workerIds = new Map<JobName, string[]>();
  /** Handlers running now: shutdown waits for them while the database is still open. */
  private readonly running = new Set<Promise<unknown>>();
  /**
   * pg-boss's connections, ours rather than its own: on stopping, pg-boss ends its own pool while a
   * worker's poll may still wait there for a connection, and pg's pool never answers a waiting
   * request once it ends, so that worker never stopped. Shutdown ends this pool once nothing waits.
   */
  private readonly pool: pg.Pool;
  private readonly boss: PgBoss;
  private started = false;
  private stopping = false;

  constructor(private readonly config: AppConfig) {
    if (config.databaseUrl === undefined) throw new Error('databaseUrl must be resolved before the job queue is built');
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, application_name: 'common-ground-jobs' });
    this.pool.on('error', (error) => this.logger.error({ err: error }, 'Job queue connection error'));
    this.boss = new PgBoss({ db: { executeSql: (text, values) => this.pool.query(text, values) }, schema: JOB_SCHEMA });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
  }

  /** Feature modules register their job's handler while the app is being built (onModuleInit). */
  handle(name: JobName, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`Job ${name} already has a handler`);
    this.handlers.set(name, handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const name of JOB_NAMES) {
      const job = JOB_CATALOGUE[name];
      await retryOnDeadlock(() =>
        this.boss.createQueue(name, {
          name,
          retryLimit: job.retryLimit,
          retryDelay: job.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: job.expireInSeconds,
        }),
      );
      const handler = this.handlers.get(name);
      if (handler !== undefined) {
        const workerIds: string[] = [];
        for (let worker = 0; worker < (job.concurrency ?? 1); worker += 1) {
          workerIds.push(
            await this.boss.work<JobData>(name, { pollingIntervalSeconds: this.config.jobPollingIntervalSeconds }, async ([received]) => {
              if (received !== undefined) await this.run(name, handler, received.data ?? {});
              // A job sent while this one ran woke a busy worker: look again now rather than at the next poll.
              this.wake(name);
            }),
          );
        }
        this.workerIds.set(name, workerIds);
      }
      if (job.schedule !== null && this.config.scheduledJobs) await this.boss.schedule(name, job.schedule, {}, { tz: 'UTC' });
    }
  }

  /**
   * Queues a run of `name`; any process's worker picks it up (this one's is woken at once, rather
   * than at its next poll). Answers the job's id.
   */
  async send(name: JobName, data: JobData = {}): Promise<string> {
    const id = await this.boss.send(name, data);
    if (id === null) throw new Error(`Job ${name} was not queued`);
    this.wake(name);
    return id;
  }

  /**
   * Queues a run of `name` through `executor` (the caller's transaction), so the job exists exactly
   * when the caller's change commits. Call `wake` after the commit to start it at once.
   */
  async sendWithin(name: JobName, data: JobData, executor: JobSqlExecutor): Promise<void> {
    const id = await this.boss.send(name, data, { db: executor });
    if (id === null) throw new Error(`Job ${name} was not queued`);
  }

  /** Wakes this process's worker for `name` rather than waiting for its next poll. */
  wake(name: JobName): void {
    for (const workerId of this.workerIds.get(name) ?? []) this.boss.notifyWorker(workerId);
  }

  /** Lets running jobs finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) {
      await this.pool.end();
      return;
    }
    this.started = false;
    this.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    // A poll in flight when stopping began can still hand over a job after pg-boss's own wait;
    // pg-boss keeps polling its workers until they end, so they must end before the app is gone.
    await nextTurn();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    // A worker ends once its last poll has answered; every poll has once no query runs or waits.
    const settling = Date.now();
    while ((this.pool.waitingCount > 0 || this.pool.idleCount < this.pool.totalCount) && Date.now() - settling < POOL_SETTLE_LIMIT_MS) {
      await sleep(10);
    }
    await sleep(WORKER_RELEASE_WAIT_MS);
    await this.pool.end();
  }

  private run(name: JobName, handler: JobHandler, data: JobData): Promise<unknown> {
    // Fetched as the process stops: left to expire and be retried by a process that stays.
    if (this.stopping) return Promise.reject(new Error(`Job ${name} was fetched while the process stopped`));
    const running = handler(data).finally(() => this.running.delete(running));
    this.running.add(running);
    return running;
  }
}

/**
 * pg-boss's stop() leaves behind, unawaited, a loop that looks once a second (a timer, late when
 * the process is busy) whether the workers it stopped have ended, and then forgets them; a worker
 * that was fetching when stopping began is still running at its first look. Every worker has ended
 * once stop() and the running jobs are done, so the loop's next look is its last: waiting past it,
 * with room for a late timer, means nothing of the queue outlives the app.
 */
const WORKER_RELEASE_WAIT_MS = 2_000;

/** How long shutdown waits for pg-boss's queries to finish before closing its connections anyway. */
const POOL_SETTLE_LIMIT_MS = 20_000;

/**
 * pg-boss creates a queue's table partition in its own transaction; two processes starting at
 * once can deadlock there (or collide on the new table's name). PostgreSQL aborts one of them,
 * and the retry finds the queue made.
 */
const CONCURRENT_DDL_STATES: ReadonlySet<string> = new Set(['40P01', '23505', '42P07']);

async function retryOnDeadlock(work: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await work();
      return;
    } catch (error) {
      if (!CONCURRENT_DDL_STATES.has(sqlStateOf(error) ?? '') || attempt >= attempts) throw error;
      await sleep(20 + Math.random() * 80);
    }
  }
}
