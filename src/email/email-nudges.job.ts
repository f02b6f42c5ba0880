import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { JobQueue } from '../jobs/job-queue.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { chatUnreadKey, notYetAnswered } from './domain/email-rules.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailsRepository } from './emails.repository.js';
import { EmailQueue } from './email-queue.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
export const NUDGE_AFTER_DAYS = 3;
/** Profiles of accounts older than this are not nudged: a first run on an old installation mails no backlog. */
const PROFILE_NUDGE_WINDOW_DAYS = 14;
export const CHAT_UNREAD_AFTER_MINUTES = 15;

/**
 * The scheduled nudges (`email.nudges`) and unread-chat emails (`email.chat-unread`). Each occasion
 * has its idempotency key (a person's sign-up, a proposal and person, a conversation and person per
 * hour), so overlapping runs, several processes and restarts queue each email once.
 */
@Injectable()
export class EmailNudgesJob implements OnModuleInit {
  constructor(
    private readonly facts: EmailFactsRepository,
    private readonly emails: EmailsRepository,
    private readonly queue: EmailQueue,
    private readonly publisher: RealtimePublisher,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('email.nudges', () => this.sendNudges());
    this.jobs.handle('email.chat-unread', () => this.sendChatUnread());
  }

  /** Answers how many nudges were queued. */
  async sendNudges(): Promise<number> {
    const now = this.clock.now().getTime();
    let queued = 0;
    const dueBefore = new Date(now - NUDGE_AFTER_DAYS * DAY_MS);
    for (const userId of await this.facts.incompleteProfilesCreatedBetween(new Date(now - PROFILE_NUDGE_WINDOW_DAYS * DAY_MS), dueBefore)) {
      if (await this.queue.enqueue({ userId, type: 'nudge.profile-incomplete', idempotencyKey: `nudge.profile-incomplete:${userId}`, data: {} })) queued += 1;
    }
    for (const match of await this.facts.proposalsWaitingSince(dueBefore)) {
      for (const userId of notYetAnswered(match)) {
        const key = `nudge.proposal-waiting:${match.id}:${userId}`;
        if (await this.queue.enqueue({ userId, type: 'nudge.proposal-waiting', idempotencyKey: key, data: { matchId: match.id } })) queued += 1;
      }
    }
    return queued;
  }

  /** Answers how many chat.unread emails were queued. */
  async sendChatUnread(): Promise<number> {
    const now = this.clock.now();
    let queued = 0;
    for (const conversation of await this.facts.unreadConversations(new Date(now.getTime() - CHAT_UNREAD_AFTER_MINUTES * MINUTE_MS))) {
      if (await this.emails.chatUnreadSentSince(conversation.userId, conversation.matchId, new Date(now.getTime() - 60 * MINUTE_MS))) continue;
      if (await this.publisher.isConnected(conversation.userId)) continue;
      const key = chatUnreadKey(conversation.matchId, conversation.userId, now);
      if (await this.queue.enqueue({ userId: conversation.userId, type: 'chat.unread', idempotencyKey: key, data: { matchId: conversation.matchId, count: conversation.unread } })) queued += 1;
    }
    return queued;
  }
}
