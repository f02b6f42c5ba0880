import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import type { NotificationEvent } from '../realtime/realtime-events.js';
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
  private readonly logger = new Logger('Notifier');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly clock: Clock,
  ) {}

  @OnEvent('match.proposed') onMatchProposed(e: DomainEventMap['match.proposed']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.proposed'](e));
  }
  @OnEvent('match.accepted') onMatchAccepted(e: DomainEventMap['match.accepted']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.accepted'](e));
  }
  @OnEvent('match.activated') onMatchActivated(e: DomainEventMap['match.activated']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.activated'](e));
  }
  @OnEvent('match.declined') onMatchDeclined(e: DomainEventMap['match.declined']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.declined'](e));
  }
  @OnEvent('match.ended') onMatchEnded(e: DomainEventMap['match.ended']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['match.ended'](e));
  }
  @OnEvent('volunteer.verified') onVolunteerVerified(e: DomainEventMap['volunteer.verified']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['volunteer.verified'](e));
  }
  @OnEvent('user.warned') onUserWarned(e: DomainEventMap['user.warned']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['user.warned'](e));
  }
  @OnEvent('meetup.proposed') onMeetupProposed(e: DomainEventMap['meetup.proposed']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.proposed'](e));
  }
  @OnEvent('meetup.confirmed') onMeetupConfirmed(e: DomainEventMap['meetup.confirmed']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.confirmed'](e));
  }
  @OnEvent('meetup.declined') onMeetupDeclined(e: DomainEventMap['meetup.declined']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.declined'](e));
  }
  @OnEvent('meetup.cancelled') onMeetupCancelled(e: DomainEventMap['meetup.cancelled']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.cancelled'](e));
  }
  @OnEvent('meetup.reminder') onMeetupReminder(e: DomainEventMap['meetup.reminder']): Promise<void> {
    return this.notify(NOTIFICATION_RULES['meetup.reminder'](e));
  }

  /** Never throws: a failed notification is logged, it must not break whatever caused it. */
  async notify(plan: PlannedNotification): Promise<void> {
    if (plan.recipients.length === 0) return;
    try {
      const createdAt = this.clock.now();
      const stored = await this.notifications.createMany(plan.recipients.map((userId) => ({ userId, type: plan.type, data: plan.data, createdAt })));
      for (const notification of stored) this.deliver(notification.userId, toNotificationEvent(notification));
    } catch (error) {
      this.logger.error({ err: error, type: plan.type }, 'notification failed');
    }
  }

  /** Every channel a stored notification goes out on: today the person's sockets on any process. */
  private deliver(userId: string, event: NotificationEvent): void {
    this.publisher.toUser(userId, 'notification', event);
  }
}
