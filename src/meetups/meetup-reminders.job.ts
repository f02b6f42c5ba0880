import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
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
 * (src/jobs/job-catalogue.ts), once, however many runs overlap: each reminder is claimed by inserting its (meetup, sequence, kind) row, and only the
 * process whose insert went through emits it. A meetup confirmed less than an hour ahead gets only
 * the 1 h reminder. Claims are committed before the emit, so a crash in between loses that
 * reminder rather than sending it twice.
 */
@Injectable()
export class MeetupRemindersJob implements OnModuleInit {
  constructor(
    private readonly meetups: MeetupsRepository,
    private readonly events: DomainEvents,
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
      for (const claimed of await this.meetups.claimDueReminders(hoursBefore, after, until, now)) {
        sent.push({ ...claimed, hoursBefore });
      }
    }
    for (const reminder of sent) {
      this.events.emit('meetup.reminder', {
        meetupId: reminder.meetupId,
        matchId: reminder.matchId,
        participantIds: reminder.participantIds,
        startsAt: reminder.startsAt.toISOString(),
        hoursBefore: reminder.hoursBefore,
      });
    }
    return sent;
  }
}
