import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { JobQueue } from '../jobs/job-queue.js';
import { drainInBatches, retentionCutoff } from './domain/retention.js';
import { RetentionRegistry } from './retention.registry.js';

export const RETENTION_BATCH_SIZE = 1000;
/** One run forgets at most this many batches per rule; a larger backlog is finished by the next runs. */
const MAX_BATCHES_PER_RUN = 500;

/**
 * `privacy.apply-retention` (daily): every registered rule forgets what is older than its period,
 * measured from the Clock, in batches. Idempotent: what is forgotten is no longer due.
 */
@Injectable()
export class RetentionJob implements OnModuleInit {
  constructor(
    private readonly registry: RetentionRegistry,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('privacy.apply-retention', async () => {
      await this.runOnce();
    });
  }

  /** One run; how many rows each rule changed. */
  async runOnce(batchSize = RETENTION_BATCH_SIZE): Promise<Record<string, number>> {
    const now = this.clock.now();
    const swept: Record<string, number> = {};
    for (const rule of this.registry.all()) {
      const cutoff = retentionCutoff(now, rule.keepDays);
      swept[rule.name] = await drainInBatches((limit) => rule.sweepBatch(cutoff, limit, now), batchSize, MAX_BATCHES_PER_RUN);
    }
    return swept;
  }
}
