import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThan, Repository } from 'typeorm';
import type { ScoreBucket } from './domain/round-review.js';
import { UnitOfWork } from '../database/unit-of-work.js';
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
  scoreHistogram: ScoreBucket[];
}

/** What a running round is doing: reading people, evaluating their pairs, solving, writing its pairs. */
export type RoundPhase = 'reading' | 'evaluating' | 'solving' | 'writing';

/** A running round's progress so far (each field as last reported). */
export interface RunProgress {
  phase?: RoundPhase;
  candidatePairs?: number;
  components?: number | null;
  componentsSolved?: number;
}

/** The only place matching rounds are read or written. */
@Injectable()
export class MatchingRunsRepository {
  constructor(
    @InjectRepository(MatchingRunEntity) private readonly runs: Repository<MatchingRunEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Runs `work` holding a session advisory lock on a connection of its own, so two processes
   * never compute a round at once even if the unique 'running' row were bypassed. The lock belongs
   * to that session, not to a transaction: it stays outside the unit of work and spans the round's
   * own transactions.
   */
  async withRoundLock<T>(programmeId: string, work: () => Promise<T>, busy: () => Error = () => new Error('Another process is computing a matching round of this programme')): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [ROUND_LOCK_CLASS, programmeId])) as Array<{ locked: boolean }>;
      if (row?.locked !== true) throw busy();
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

  /** The run as the current unit of work sees it (after a commit or discard inside it). */
  findByIdInWork(id: string): Promise<MatchingRunEntity | null> {
    return this.uow.manager.getRepository(MatchingRunEntity).findOneBy({ id });
  }

  async finish(id: string, figures: RunFigures, finishedAt: Date): Promise<void> {
    await this.runs.update({ id, status: 'running' }, { ...figures, status: 'finished', finishedAt });
  }

  /** Records a running round's progress; a run already settled keeps what it has. */
  async recordProgress(id: string, progress: RunProgress): Promise<void> {
    await this.runs.update({ id, status: 'running' }, progress);
  }

  /** Marks a finished dry run committed or discarded, once: false when another request got there first. */
  async closeReview(id: string, as: 'committed' | 'discarded', at: Date): Promise<boolean> {
    const column = as === 'committed' ? 'committed_at' : 'discarded_at';
    // As a CTE, so the driver answers rows (a bare UPDATE answers [rows, count]).
    const rows = await this.uow.query<Array<{ id: string }>>(
      `WITH closed AS (UPDATE matching_runs SET ${column} = $2
          WHERE id = $1 AND dry_run AND status = 'finished' AND committed_at IS NULL AND discarded_at IS NULL RETURNING id)
       SELECT id FROM closed`,
      [id, at],
    );
    return rows.length === 1;
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
