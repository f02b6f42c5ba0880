import { Injectable } from '@nestjs/common';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { OnDomainEvent } from '../outbox/outbox.js';

/** What other features do to messages, told to the sockets in the match's room on every process. */
@Injectable()
export class ChatEventsListener {
  constructor(private readonly publisher: RealtimePublisher) {}

  @OnDomainEvent('message.hidden')
  onHidden(event: DomainEventMap['message.hidden']): void {
    this.publisher.toMatch(event.matchId, 'message:hidden', { matchId: event.matchId, id: event.messageId });
  }
}
