import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { EmailChannel } from '../email/email-channel.js';
import { PushChannel } from '../push/push-channel.js';
import type { NotificationEvent } from '../realtime/realtime-events.js';
import { OnDomainEvent, type EventDelivery } from '../outbox/outbox.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { NOTIFICATION_RULES, PlannedNotification } from './domain/notification-rules.js';
import { toNotificationEvent } from './notification-view.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * The one way people are told things: stores a notification per recipient, then delivers it on
 * every channel. Features emit domain events and never talk to sockets (or mail) themselves;
 * a new channel (e-mail) is added in `deliver` and nowhere else.
 */
@Injectable()
export class Notifier {

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly clock: Clock,
    private readonly email: EmailChannel,
    private readonly push: PushChannel,
  ) {}

  @OnDomainEvent('match.proposed') onMatchProposed(e: DomainEventMap['match.proposed'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.proposed'](e), delivery.eventId);
  }
  @OnDomainEvent('match.accepted') onMatchAccepted(e: DomainEventMap['match.accepted'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.accepted'](e), delivery.eventId);
  }
  @OnDomainEvent('match.activated') onMatchActivated(e: DomainEventMap['match.activated'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.activated'](e), delivery.eventId);
  }
  @OnDomainEvent('match.declined') onMatchDeclined(e: DomainEventMap['match.declined'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.declined'](e), delivery.eventId);
  }
  @OnDomainEvent('match.ended') onMatchEnded(e: DomainEventMap['match.ended'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.ended'](e), delivery.eventId);
  }
  @OnDomainEvent('match.ending') onMatchEnding(e: DomainEventMap['match.ending'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.ending'](e), delivery.eventId);
  }
  @OnDomainEvent('checkin.due') onCheckInDue(e: DomainEventMap['checkin.due'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['checkin.due'](e), delivery.eventId);
  }
  @OnDomainEvent('volunteer.verified') onVolunteerVerified(e: DomainEventMap['volunteer.verified'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['volunteer.verified'](e), delivery.eventId);
  }
  @OnDomainEvent('user.warned') onUserWarned(e: DomainEventMap['user.warned'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['user.warned'](e), delivery.eventId);
  }
  @OnDomainEvent('meetup.proposed') onMeetupProposed(e: DomainEventMap['meetup.proposed'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.proposed'](e), delivery.eventId);
  }
  @OnDomainEvent('meetup.confirmed') onMeetupConfirmed(e: DomainEventMap['meetup.confirmed'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.confirmed'](e), delivery.eventId);
  }
  @OnDomainEvent('meetup.declined') onMeetupDeclined(e: DomainEventMap['meetup.declined'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.declined'](e), delivery.eventId);
  }
  @OnDomainEvent('meetup.cancelled') onMeetupCancelled(e: DomainEventMap['meetup.cancelled'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.cancelled'](e), delivery.eventId);
  }
  @OnDomainEvent('meetup.reminder') onMeetupReminder(e: DomainEventMap['meetup.reminder'], delivery: EventDelivery): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.reminder'](e), delivery.eventId);
  }

  /**
   * Stores one notification per recipient and event, then delivers the new ones. A failure throws,
   * so the outbox delivers the event again; people notified the first time are not notified twice.
   */
  async notify(plan: PlannedNotification, eventId: string): Promise<void> {
    if (plan.recipients.length === 0) return;
    const createdAt = this.clock.now();
    const stored = await this.notifications.createMany(plan.recipients.map((userId) => ({ userId, type: plan.type, data: plan.data, createdAt })), eventId);
    for (const notification of stored) this.deliver(notification.userId, toNotificationEvent(notification));
    // Every recipient, not only those stored now: a delivery repeated after a crash finds the emails
    // it had not queued yet, and the idempotency key keeps those queued before from going twice.
    await this.email.notified(plan, eventId);
    // Only the new ones: a device is not woken twice for one occasion.
    await this.push.notified(stored);
  }

  /** The live channel: the person's sockets on any process (email is queued by `notify`). */
  private deliver(userId: string, event: NotificationEvent): void {
    this.publisher.toUser(userId, 'notification', event);
  }
}
