import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { OnDomainEvent } from '../outbox/outbox.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { AppConfig } from '../config/app-config.js';
import { areAcceptableKeys, isAcceptableEndpoint } from './domain/push-rules.js';
import type { PushSubscriptionInput } from './dto/push.dto.js';
import { pushErrors } from './push-errors.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import { VapidKeys } from './vapid-keys.js';

/** Devices a person allows notifications on: adding one, removing one, the key browsers subscribe with. */
@Injectable()
export class PushSubscriptionsService {
  constructor(
    private readonly subscriptions: PushSubscriptionsRepository,
    private readonly vapid: VapidKeys,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  publicKey(): { publicKey: string } {
    return { publicKey: this.vapid.keys.publicKey };
  }

  async subscribe(userId: string, sessionId: string, input: PushSubscriptionInput): Promise<void> {
    if (!isAcceptableEndpoint(input.endpoint, this.config.isProduction)) throw pushErrors.refusal('push.bad-endpoint', 'endpoint must be an https URL of a push service');
    if (!areAcceptableKeys(input.keys)) throw pushErrors.refusal('push.bad-keys', 'keys must be a P-256 public key (65 bytes) and a 16-byte auth secret, base64url');
    await this.subscriptions.upsert(userId, sessionId, input.endpoint, input.keys, this.clock.now());
  }

  /** Signing out (or a session ended by staff, a password change, a device list) ends its notifications. */
  @OnDomainEvent('session.ended')
  async onSessionEnded(event: DomainEventMap['session.ended']): Promise<void> {
    await this.subscriptions.deleteOfSession(event.sessionId);
  }

  /** Removes the caller's own subscription; someone else's endpoint is left alone (the same 204). */
  async unsubscribe(userId: string, endpoint: string): Promise<void> {
    await this.subscriptions.deleteOfUser(userId, endpoint);
  }
}
