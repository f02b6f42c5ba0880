import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { EmailPreferencesRepository } from '../email/email-preferences.repository.js';
import { EmailFactsRepository } from '../email/email-facts.repository.js';
import { JobQueue } from '../jobs/job-queue.js';
import { mayPush, pushForNotification } from './domain/push-rules.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';

/** A notification the notifier has just stored for one person. */
export interface StoredNotification {
  userId: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
}

/**
 * Web Push as a channel of notifications: one `push.send` job per device of each person newly
 * notified, for the types email carries and under the same choices. Only newly stored
 * notifications are pushed, so an event delivered again pushes nothing twice.
 */
@Injectable()
export class PushChannel {
  constructor(
    private readonly subscriptions: PushSubscriptionsRepository,
    private readonly facts: EmailFactsRepository,
    private readonly preferences: EmailPreferencesRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async notified(notifications: readonly StoredNotification[]): Promise<void> {
    for (const notification of notifications) {
      const data = plainData(notification.data);
      const type = pushForNotification({ type: notification.type, data });
      if (type === null) continue;
      const devices = await this.subscriptions.findLiveIdsOf(notification.userId, this.clock.now());
      if (devices.length === 0) continue;
      const recipient = await this.facts.recipient(notification.userId);
      if (recipient === null || !mayPush(type, { erased: recipient.erased, turnedOff: await this.preferences.turnedOffOf(notification.userId) })) continue;
      for (const subscriptionId of devices) await this.jobs.send('push.send', { subscriptionId, type, data });
    }
  }
}

/** The ids and plain facts a notification carries (booleans as words, anything else left out). */
function plainData(data: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const plain: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
    else if (typeof value === 'boolean') plain[key] = String(value);
  }
  return plain;
}
