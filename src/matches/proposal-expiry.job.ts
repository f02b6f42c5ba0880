import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AppConfig } from '../config/app-config.js';
import { ADVISORY_LOCK_KEYS, tryTransactionLock } from '../database/advisory-locks.js';
import { applyMatchEvent } from './domain/match-state.js';
import { applyTransition, emitMatchChange, MatchChange } from './match-outcome.js';
import { MatchesRepository } from './matches.repository.js';

const BATCH_SIZE = 500;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * Expires proposals nobody answered within MATCH_PROPOSAL_TTL_DAYS, so the people in them become
 * matchable again. Every process runs the timer; an advisory lock lets one of them do the work.
 */
@Injectable()
export class ProposalExpiryJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ProposalExpiryJob');
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.proposalExpiryIntervalSeconds * 1000);
    this.timer.unref();
  }

  /** Before the database closes: stop the timer and let a running sweep finish. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  /** One sweep; the ids of the proposals it expired (none when another process holds the lock). */
  async runOnce(): Promise<string[]> {
    const expired: string[] = [];
    for (;;) {
      const batch = await this.expireBatch();
      for (const change of batch) emitMatchChange(this.events, change);
      expired.push(...batch.map((change) => change.match.id));
      if (batch.length < BATCH_SIZE) return expired;
    }
  }

  private tick(): void {
    if (this.inFlight !== undefined) return;
    this.inFlight = this.runOnce()
      .catch((error: unknown) => this.logger.error({ err: error }, 'proposal expiry failed'))
      .finally(() => {
        this.inFlight = undefined;
      });
  }

  private expireBatch(): Promise<MatchChange[]> {
    const now = this.clock.now();
    const ttlDays = this.config.matchProposalTtlDays;
    return this.dataSource.transaction(async (manager) => {
      if (!(await tryTransactionLock(manager, ADVISORY_LOCK_KEYS.proposalExpiry))) return [];
      const cutoff = new Date(now.getTime() - ttlDays * MS_PER_DAY);
      const candidates = await this.matches.findProposalsCreatedUpToForUpdate(cutoff, BATCH_SIZE, manager);
      const changes: MatchChange[] = [];
      for (const match of candidates) {
        // The query narrows the rows; the state machine has the last word on each.
        const result = applyMatchEvent(match, { type: 'expire', now, ttlDays });
        if (!result.ok) continue;
        changes.push(applyTransition(match, result, { now, actorId: null }));
        await this.matches.save(match, manager);
      }
      return changes;
    });
  }
}
