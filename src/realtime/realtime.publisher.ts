import { Injectable } from '@nestjs/common';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import type { ServerEventName, ServerToClientEvents } from './realtime-events.js';
import { matchRoom, sessionRoom, userRoom } from './rooms.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { OnDomainEvent } from '../outbox/outbox.js';

/**
 * The server events a service may send to a room. `message` leaves only through the chat's fan-out,
 * whose per-socket ledgers make it exactly once; a room broadcast would not. `error` answers the one
 * socket whose event was refused.
 */
export type PublishedEventName = Exclude<ServerEventName, 'message' | 'error'>;

/**
 * The one way services reach sockets, with the event map's names and payloads only. Rooms span every
 * app process through the adapter, so a call on one process reaches a socket connected to another.
 */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly gateway: RealtimeGateway) {}

  toUser<E extends PublishedEventName>(userId: string, event: E, ...payload: Parameters<ServerToClientEvents[E]>): void {
    this.gateway.namespace.to(userRoom(userId)).emit(event, ...payload);
  }

  toMatch<E extends PublishedEventName>(matchId: string, event: E, ...payload: Parameters<ServerToClientEvents[E]>): void {
    this.gateway.namespace.to(matchRoom(matchId)).emit(event, ...payload);
  }

  /** Whether the person has a socket open on any process (through the adapter, Redis included). */
  async isConnected(userId: string): Promise<boolean> {
    return (await this.gateway.namespace.in(userRoom(userId)).fetchSockets()).length > 0;
  }

  disconnectUser(userId: string): void {
    this.gateway.namespace.in(userRoom(userId)).disconnectSockets(true);
  }

  disconnectSession(sessionId: string): void {
    this.gateway.namespace.in(sessionRoom(sessionId)).disconnectSockets(true);
  }

  @OnDomainEvent('user.suspended')
  onSuspended(event: DomainEventMap['user.suspended']): void {
    this.disconnectUser(event.userId);
  }

  @OnDomainEvent('user.erased')
  onErased(event: DomainEventMap['user.erased']): void {
    this.disconnectUser(event.userId);
  }

  @OnDomainEvent('session.ended')
  onSessionEnded(event: DomainEventMap['session.ended']): void {
    this.disconnectSession(event.sessionId);
  }
}
