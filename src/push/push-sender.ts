import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import webpush from 'web-push';
import { Clock } from '../common/clock.js';
import { emailLocaleOf, isEmailType } from '../email/domain/email-types.js';
import { EmailContent, type EmailData } from '../email/email-content.js';
import { EmailFactsRepository } from '../email/email-facts.repository.js';
import { EmailPreferencesRepository } from '../email/email-preferences.repository.js';
import { JobQueue, type JobData } from '../jobs/job-queue.js';
import { mayPush, outcomeOf, pushPayload } from './domain/push-rules.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import { VapidKeys } from './vapid-keys.js';

/** How long a push service may keep a message for a device that is off (a day). */
const TIME_TO_LIVE_SECONDS = 24 * 60 * 60;
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The `push.send` job: encrypts the payload for one device (RFC 8291, aes128gcm), signs the request
 * (VAPID) and posts it to the device's push service. The choices are read again when it runs; a
 * device the service calls gone is forgotten; other failures are retried. Logs name the
 * subscription by id only: an endpoint addresses one person's device.
 */
@Injectable()
export class PushSender implements OnModuleInit {
  private readonly logger = new Logger('PushSender');

  constructor(
    private readonly subscriptions: PushSubscriptionsRepository,
    private readonly facts: EmailFactsRepository,
    private readonly preferences: EmailPreferencesRepository,
    private readonly content: EmailContent,
    private readonly vapid: VapidKeys,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('push.send', (data) => this.send(data));
  }

  async send(job: JobData): Promise<void> {
    const type = String(job.type);
    if (!isEmailType(type)) return;
    const data = (job.data ?? {}) as EmailData;
    const subscription = await this.subscriptions.findLiveById(String(job.subscriptionId), this.clock.now());
    if (subscription === null) return;
    const recipient = await this.facts.recipient(subscription.userId);
    if (recipient === null || !mayPush(type, { erased: recipient.erased, turnedOff: await this.preferences.turnedOffOf(subscription.userId) })) return;
    const payload = pushPayload(type, emailLocaleOf(recipient.locale), await this.content.subject(type, recipient, data), data);
    const request = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, JSON.stringify(payload), {
      vapidDetails: { subject: this.vapid.subject, publicKey: this.vapid.keys.publicKey, privateKey: this.vapid.keys.privateKey },
      TTL: TIME_TO_LIVE_SECONDS,
      contentEncoding: 'aes128gcm',
    });
    let status: number;
    try {
      const response = await fetch(request.endpoint, { method: request.method, headers: request.headers, body: request.body ?? undefined, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: 'error' });
      status = response.status;
    } catch (error) {
      return this.failed(subscription.id, `no answer: ${error instanceof Error ? error.name : 'error'}`);
    }
    switch (outcomeOf(status)) {
      case 'sent':
        return this.subscriptions.recordSuccess(subscription.id, this.clock.now());
      case 'gone':
        this.logger.log({ subscriptionId: subscription.id, status }, 'A device no longer takes notifications; its subscription is deleted');
        return this.subscriptions.deleteById(subscription.id);
      case 'retry':
        return this.failed(subscription.id, `the push service answered ${status}`);
    }
  }

  /** Recorded, then thrown: the queue retries with backoff up to the catalogue's limit. */
  private async failed(subscriptionId: string, reason: string): Promise<void> {
    await this.subscriptions.recordFailure(subscriptionId, reason, this.clock.now());
    this.logger.warn({ subscriptionId, reason }, 'Sending a push notification failed');
    throw new Error(reason);
  }
}
