import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { MatchLifecycle } from './match-lifecycle.js';

/**
 * Expires proposals nobody answered within MATCH_PROPOSAL_TTL_DAYS, so the people in them become
 * matchable again; the job queue runs it on its schedule (src/jobs/job-catalogue.ts). Two runs at
 * once split the work: each batch skips the proposals another run has locked.
 */
@Injectable()
export class ProposalExpiryJob implements OnModuleInit {
  constructor(
    private readonly lifecycle: MatchLifecycle,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('matches.expire-proposals', () => this.runOnce());
  }

  /** One sweep; the ids of the proposals it expired. */
  async runOnce(): Promise<string[]> {
    const expired: string[] = [];
    for (;;) {
      const batch = await this.lifecycle.expireDue();
      expired.push(...batch.map((match) => match.id));
      if (batch.length < this.lifecycle.expiryBatchSize) return expired;
    }
  }
}
