import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { matchRoom, sessionRoom, userRoom } from './rooms.js';
import { RealtimeGateway } from './realtime.gateway.js';

/**
 * The one way services reach sockets. Rooms span every app process through the adapter,
 * so a call on one process reaches a socket connected to another.
 */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly gateway: RealtimeGateway) {}

  toUser(userId: string, event: string, payload: unknown): void {
    this.gateway.namespace.to(userRoom(userId)).emit(event, payload);
  }

  toMatch(matchId: string, event: string, payload: unknown): void {
    this.gateway.namespace.to(matchRoom(matchId)).emit(event, payload);
  }

  disconnectUser(userId: string): void {
    this.gateway.namespace.in(userRoom(userId)).disconnectSockets(true);
  }

  disconnectSession(sessionId: string): void {
    this.gateway.namespace.in(sessionRoom(sessionId)).disconnectSockets(true);
  }

  @OnEvent('user.suspended')
  onSuspended(event: DomainEventMap['user.suspended']): void {
    this.disconnectUser(event.userId);
  }

  @OnEvent('user.erased')
  onErased(event: DomainEventMap['user.erased']): void {
    this.disconnectUser(event.userId);
  }

  @OnEvent('session.ended')
  onSessionEnded(event: DomainEventMap['session.ended']): void {
    this.disconnectSession(event.sessionId);
  }
}
