import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThan, Repository } from 'typeorm';
import { MatchingRunEntity } from './matching-run.entity.js';

// The advisory lock class of matching rounds (the key's first half), distinct from the migration
// lock and the per-person classes; the second half is the programme's hash, so rounds of
// different programmes run side by side and two of one programme never do.
const ROUND_LOCK_CLASS = 734_219;

export interface RunFigures {
  participants: number;
  proposals: number;
  totalScore: number;
  durationMs: number;
}

/** The only place matching rounds are read or written. */
@Injectable()
export class MatchingRunsRepository {
  constructor(
    @InjectRepository(MatchingRunEntity) private readonly runs: Repository<MatchingRunEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Runs `work` holding a session advisory lock on a connection of its own, so two processes
   * never compute a round at once even if the unique 'running' row were bypassed. The lock belongs
   * to that session, not to a transaction: it stays outside the unit of work and spans the round's
   * own transactions.
   */
  async withRoundLock<T>(programmeId: string, work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [ROUND_LOCK_CLASS, programmeId])) as Array<{ locked: boolean }>;
      if (row?.locked !== true) throw new Error("Another process is computing a matching round of this programme");
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [ROUND_LOCK_CLASS, programmeId]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Marks the programme's 'running' rows older than `startedBefore` failed, when no process holds its round lock. */
  async failStaleRunsIfIdle(programmeId: string, startedBefore: Date, now: Date): Promise<void> {
    const stale = await this.runs.countBy({ programmeId, status: 'running', createdAt: LessThan(startedBefore) });
    if (stale === 0) return;
    await this.withRoundLock(programmeId, () => this.failStaleRuns(programmeId, startedBefore, now)).catch(() => undefined);
  }

  /** Inserts the 'running' row; the partial unique index refuses a second one (23505). */
  startRun(input: { programmeId: string; dryRun: boolean; createdBy: string | null; algorithm: string; createdAt: Date }): Promise<MatchingRunEntity> {
    return this.runs.save(this.runs.create({ ...input, status: 'running' }));
  }

  findById(id: string): Promise<MatchingRunEntity | null> {
    return this.runs.findOneBy({ id });
  }

  async finish(id: string, figures: RunFigures, finishedAt: Date): Promise<void> {
    await this.runs.update({ id, status: 'running' }, { ...figures, status: 'finished', finishedAt });
  }

  async fail(id: string, error: string, durationMs: number, finishedAt: Date): Promise<void> {
    await this.runs.update({ id, status: 'running' }, { status: 'failed', error: error.slice(0, 2000), durationMs, finishedAt });
  }

  /** Rounds left 'running' by a process that died; callers make sure nobody is computing. */
  async failStaleRuns(programmeId: string, startedBefore: Date, finishedAt: Date): Promise<number> {
    const result = await this.runs.update(
      { programmeId, status: 'running', createdAt: LessThan(startedBefore) },
      { status: 'failed', error: 'Interrupted: the process running it stopped', finishedAt },
    );
    return result.affected ?? 0;
  }
}
