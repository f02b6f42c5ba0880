import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue } from '../jobs/job-queue.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import { Outbox } from '../outbox/outbox.js';

const BATCH_SIZE = 500;

/**
 * Every `checkInWeeks` of an active match, both people are asked to check in (`checkin.due`). The
 * claim raises the match's count of announced periods in the transaction that records the event,
 * so each period is announced once, also when two sweeps run at once.
 */
@Injectable()
export class CheckInsDueJob implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('check-ins.send-due', async () => {
      await this.runOnce();
    });
  }

  /** One sweep: `matchId:period` of each announcement. */
  async runOnce(): Promise<string[]> {
    const sent: string[] = [];
    for (;;) {
      const batch = await this.uow.transaction(async () => {
        const due = await this.matches.claimCheckInsDue(this.clock.now(), BATCH_SIZE);
        if (due.length > 0) await this.outbox.recordAll('checkin.due', due.map(({ matchId, migrantId, hostId, programmeId, period }) => ({ matchId, migrantId, hostId, programmeId, period })));
        return due;
      });
      sent.push(...batch.map((due) => `${due.matchId}:${due.period}`));
      if (batch.length < BATCH_SIZE) return sent;
    }
  }
}
