import { Injectable } from '@nestjs/common';
import { JOB_CATALOGUE, JOB_NAMES } from './job-catalogue.js';
import type { JobCountsView, JobView } from './dto/job.view.js';
import { JobsRepository } from './jobs.repository.js';

const NO_RUNS: JobCountsView = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };

@Injectable()
export class JobsService {
  constructor(private readonly jobs: JobsRepository) {}

  async overview(): Promise<JobView[]> {
    const [counts, completions, failures] = await Promise.all([this.jobs.countByState(), this.jobs.lastCompletions(), this.jobs.lastFailures()]);
    return JOB_NAMES.map((name) => {
      const job = JOB_CATALOGUE[name];
      const byState = { ...NO_RUNS };
      for (const row of counts) if (row.name === name && row.state in byState) byState[row.state as keyof JobCountsView] = row.count;
      const failure = failures.find((row) => row.name === name);
      return {
        name,
        description: job.description,
        schedule: job.schedule,
        retryLimit: job.retryLimit,
        counts: byState,
        lastCompletedAt: completions.get(name)?.toISOString() ?? null,
        lastFailure: failure === undefined ? null : { at: failure.failedAt.toISOString(), error: failure.error },
      };
    });
  }
}
