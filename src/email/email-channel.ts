import { Injectable } from '@nestjs/common';
import { OnDomainEvent, type EventDelivery } from '../outbox/outbox.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { emailForNotification, notificationEmailKey, waitedOnExpiredProposal } from './domain/email-rules.js';
import type { EmailData } from './email-content.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailQueue } from './email-queue.js';

/** A notification as the notifier planned it (recipients, type, plain data). */
export interface NotifiedPlan {
  recipients: readonly string[];
  type: string;
  data: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Email as a channel of notifications, plus the emails no notification stands for (verification on
 * sign-up, an expired proposal). Every email is keyed by the event and the person, so a redelivered
 * event queues nothing twice.
 */
@Injectable()
export class EmailChannel {
  constructor(
    private readonly queue: EmailQueue,
    private readonly facts: EmailFactsRepository,
  ) {}

  /** Called by the notifier with every recipient of the event (already notified ones too). */
  async notified(plan: NotifiedPlan, eventId: string): Promise<void> {
    const type = emailForNotification(plan);
    if (type === null) return;
    const data: EmailData = Object.fromEntries(Object.entries(plan.data).map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value]));
    for (const userId of plan.recipients) {
      await this.queue.enqueue({ userId, type, idempotencyKey: notificationEmailKey(type, eventId, userId), data });
    }
  }

  @OnDomainEvent('user.signed-up')
  async onSignedUp(event: DomainEventMap['user.signed-up'], delivery: EventDelivery): Promise<void> {
    await this.queue.enqueue({ userId: event.userId, type: 'account.verify-email', idempotencyKey: `account.verify-email:${delivery.eventId}`, data: {} });
  }

  @OnDomainEvent('match.expired')
  async onMatchExpired(event: DomainEventMap['match.expired'], delivery: EventDelivery): Promise<void> {
    const match = await this.facts.match(event.matchId);
    if (match === null) return;
    for (const userId of waitedOnExpiredProposal(match)) {
      await this.queue.enqueue({ userId, type: 'match.expired', idempotencyKey: notificationEmailKey('match.expired', delivery.eventId, userId), data: { matchId: event.matchId } });
    }
  }
}
