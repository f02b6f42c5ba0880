import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { applyMatchEvent } from './domain/match-state.js';
import { applyTransition, emitMatchChange, MatchChange } from './match-outcome.js';
import { MatchesRepository } from './matches.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

const BATCH_SIZE = 500;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * Expires proposals nobody answered within MATCH_PROPOSAL_TTL_DAYS, so the people in them become
 * matchable again; the job queue runs it on its schedule (src/jobs/job-catalogue.ts). Two runs at
 * once split the work: each batch skips the proposals another run has locked.
 */
@Injectable()
export class ProposalExpiryJob implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('matches.expire-proposals', () => this.runOnce());
  }

  /** One sweep; the ids of the proposals it expired. */
  async runOnce(): Promise<string[]> {
    const expired: string[] = [];
    for (;;) {
      const batch = await this.expireBatch();
      for (const change of batch) emitMatchChange(this.events, change);
      expired.push(...batch.map((change) => change.match.id));
      if (batch.length < BATCH_SIZE) return expired;
    }
  }

  private expireBatch(): Promise<MatchChange[]> {
    const now = this.clock.now();
    const ttlDays = this.config.matchProposalTtlDays;
    return this.uow.transaction(async () => {
      const cutoff = new Date(now.getTime() - ttlDays * MS_PER_DAY);
      const candidates = await this.matches.findProposalsCreatedUpToForUpdate(cutoff, BATCH_SIZE);
      const changes: MatchChange[] = [];
      for (const match of candidates) {
        // The query narrows the rows; the state machine has the last word on each.
        const result = applyMatchEvent(match, { type: 'expire', now, ttlDays });
        if (!result.ok) continue;
        changes.push(applyTransition(match, result, { now, actorId: null }));
        await this.matches.save(match);
      }
      return changes;
    });
  }
}
