import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue } from '../jobs/job-queue.js';
import { Outbox } from '../outbox/outbox.js';
import { MatchLifecycle } from './match-lifecycle.js';
import { MatchesRepository } from './matches.repository.js';

/** Both people hear this many days before the programme's time ends their match. */
export const ENDING_NOTICE_DAYS = 14;
const BATCH_SIZE = 500;

/**
 * Keeps a programme's `matchWeeks`: tells both people two weeks before an active match's time is
 * over (`match.ending`, once: the claim marks the match in the transaction that records the event),
 * then ends it as the system (`match.ended` with reason `match-weeks-over`). Run by the job queue
 * on its schedule (src/jobs/job-catalogue.ts); two sweeps at once split the rows (SKIP LOCKED).
 */
@Injectable()
export class ProgrammeTermsJob implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('matches.end-finished', async () => {
      await this.runOnce();
    });
  }

  /** One sweep: the ids of the matches told they end soon, and of those ended. */
  async runOnce(): Promise<{ noticed: string[]; ended: string[] }> {
    const noticed: string[] = [];
    for (;;) {
      const batch = await this.uow.transaction(async () => {
        const claimed = await this.matches.claimEndingNotices(this.clock.now(), ENDING_NOTICE_DAYS, BATCH_SIZE);
        if (claimed.length === 0) return claimed;
        await this.outbox.recordAll(
          'match.ending',
          claimed.map((c) => ({ matchId: c.matchId, migrantId: c.migrantId, hostId: c.hostId, programmeId: c.programmeId, endsAt: new Date(c.endsAt).toISOString() })),
        );
        return claimed;
      });
      noticed.push(...batch.map((c) => c.matchId));
      if (batch.length < BATCH_SIZE) break;
    }
    const ended: string[] = [];
    for (;;) {
      const batch = await this.lifecycle.endPastTheirWeeks();
      ended.push(...batch.map((match) => match.id));
      if (batch.length < this.lifecycle.expiryBatchSize) break;
    }
    return { noticed, ended };
  }
}
