import { Injectable } from '@nestjs/common';
import { JOB_SCHEMA } from './job-queue.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface JobStateCounts {
  name: string;
  state: string;
  count: number;
}

export interface JobFailure {
  name: string;
  failedAt: Date;
  error: string;
}

/** Reads the queue's own tables for the staff view (pg-boss writes them). */
@Injectable()
export class JobsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async countByState(): Promise<JobStateCounts[]> {
    const rows: Array<{ name: string; state: string; count: string }> = await this.uow.query(
      `SELECT name, state::text AS state, count(*) AS count FROM ${JOB_SCHEMA}.job GROUP BY name, state`,
    );
    return rows.map((row) => ({ name: row.name, state: row.state, count: Number(row.count) }));
  }

  async lastCompletions(): Promise<Map<string, Date>> {
    const rows: Array<{ name: string; at: Date }> = await this.uow.query(
      `SELECT name, max(completed_on) AS at FROM ${JOB_SCHEMA}.job WHERE state = 'completed' GROUP BY name`,
    );
    return new Map(rows.map((row) => [row.name, row.at]));
  }

  /** The newest failed run of each job, with what it failed with. */
  async lastFailures(): Promise<JobFailure[]> {
    const rows: Array<{ name: string; at: Date; output: unknown }> = await this.uow.query(
      `SELECT DISTINCT ON (name) name, completed_on AS at, output FROM ${JOB_SCHEMA}.job
        WHERE state = 'failed' ORDER BY name, completed_on DESC`,
    );
    return rows.map((row) => ({ name: row.name, failedAt: row.at, error: failureMessage(row.output) }));
  }
}

function failureMessage(output: unknown): string {
  if (typeof output === 'object' && output !== null && 'message' in output && typeof output.message === 'string') return output.message;
  return JSON.stringify(output ?? null);
}
