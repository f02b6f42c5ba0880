import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Outbox } from '../outbox/outbox.js';
import { JobQueue } from '../jobs/job-queue.js';
import { MeetupsRepository, type ClaimedReminder } from './meetups.repository.js';

const HOUR_MS = 60 * 60 * 1000;
/** Reminder kinds, largest first: each covers starts up to its horizon but not those the next one covers. */
export const REMINDER_HOURS_BEFORE = [24, 1] as const;

export interface SentReminder extends ClaimedReminder {
  hoursBefore: number;
}

/**
 * Sends `meetup.reminder` 24 h and 1 h before each confirmed meetup, on the job queue's schedule
 * (src/jobs/job-catalogue.ts), once, however many runs overlap: each reminder is claimed by
 * inserting its (meetup, sequence, kind) row, and the claim and the reminder's event commit
 * together (the outbox delivers it even if the process stops right after). A meetup confirmed less
 * than an hour ahead gets only the 1 h reminder.
 */
@Injectable()
export class MeetupRemindersJob implements OnModuleInit {
  constructor(
    private readonly meetups: MeetupsRepository,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('meetups.send-reminders', () => this.runOnce());
  }

  /** One pass: claims and announces every reminder that is due now. */
  async runOnce(): Promise<SentReminder[]> {
    const now = this.clock.now();
    const sent: SentReminder[] = [];
    for (const [index, hoursBefore] of REMINDER_HOURS_BEFORE.entries()) {
      const nextHorizon = REMINDER_HOURS_BEFORE[index + 1];
      const after = new Date(now.getTime() + (nextHorizon ?? 0) * HOUR_MS);
      const until = new Date(now.getTime() + hoursBefore * HOUR_MS);
      // The claim and its events commit together: each reminder is sent exactly once.
      const claimed = await this.uow.transaction(async () => {
        const due = await this.meetups.claimDueReminders(hoursBefore, after, until, now);
        await this.outbox.recordAll(
          'meetup.reminder',
          due.map((reminder) => ({ meetupId: reminder.meetupId, matchId: reminder.matchId, participantIds: reminder.participantIds, startsAt: reminder.startsAt.toISOString(), hoursBefore })),
        );
        return due;
      });
      sent.push(...claimed.map((reminder) => ({ ...reminder, hoursBefore })));
    }
    return sent;
  }
}
