import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { AppConfig } from '../config/app-config.js';
import type { ChatMessage } from '../realtime/realtime-events.js';
import { matchRoom, type RealtimeNamespace, type RealtimeSocket } from '../realtime/rooms.js';
import { DeliveryLedger } from './domain/delivery-ledger.js';

/**
 * Delivers stored messages to the sockets in a match's room, on every app process, each socket
 * getting each message once. A plain room broadcast cannot promise that: a socket that joins while
 * a message is being committed could see it both in its join backlog and as an event. So each
 * process hands messages to its own sockets through their ledgers, and other processes hear of a
 * message through a server-side event on the adapter (Redis) rather than a broadcast.
 */
@Injectable()
export class MessageFanout {
  private namespace: RealtimeNamespace | undefined;
  private readonly ledgers = new WeakMap<RealtimeSocket, Map<string, DeliveryLedger>>();

  constructor(private readonly config: AppConfig) {}

  attach(namespace: RealtimeNamespace): void {
    this.namespace = namespace;
    namespace.on('chat:deliver', (message) => this.deliverLocally(message));
  }

  /**
   * The emit is synchronous, so this runs in the same event-loop turn as the sender's ack and both
   * leave in one socket write (src/realtime/write-coalescing.ts), the `message` event first.
   */
  @OnEvent('message.created')
  onMessageCreated(event: DomainEventMap['message.created']): void {
    this.publish(event.message);
  }

  private publish(message: ChatMessage): void {
    this.deliverLocally(message);
    // Only the Redis adapter carries server-side events; the in-memory one would just warn.
    if (this.config.redisUrl !== undefined) this.namespace?.serverSideEmit('chat:deliver', message);
  }

  /**
   * Puts the socket in the match's room, before its backlog is read, so nothing committed meanwhile
   * is missed. A join states afresh what the client holds (`afterSeq`), so it replaces the ledger:
   * a client re-joining from an earlier point gets that backlog again, as it asked.
   */
  async enter(socket: RealtimeSocket, matchId: string, afterSeq: number): Promise<void> {
    this.ledgers.get(socket)?.delete(matchId);
    this.ledger(socket, matchId).claim(afterSeq);
    await socket.join(matchRoom(matchId));
  }

  /** The backlog minus what the socket already received as events since it entered. */
  unseen(socket: RealtimeSocket, matchId: string, backlog: ChatMessage[]): ChatMessage[] {
    return this.ledger(socket, matchId).unseen(backlog);
  }

  private deliverLocally(message: ChatMessage): void {
    const namespace = this.namespace;
    const members = namespace?.adapter.rooms.get(matchRoom(message.matchId));
    if (namespace === undefined || members === undefined) return;
    const recipients: string[] = [];
    for (const socketId of members) {
      const socket = namespace.sockets.get(socketId);
      if (socket !== undefined && this.ledger(socket, message.matchId).offer(message.seq)) recipients.push(socketId);
    }
    // One local broadcast to the chosen sockets' own rooms, encoded once rather than once per socket.
    // Connection-state recovery does not keep it (EVENTS_RESYNCED_BY_JOIN): a re-join resyncs.
    if (recipients.length > 0) namespace.local.to(recipients).emit('message', message);
  }

  private ledger(socket: RealtimeSocket, matchId: string): DeliveryLedger {
    let perMatch = this.ledgers.get(socket);
    if (perMatch === undefined) {
      perMatch = new Map();
      this.ledgers.set(socket, perMatch);
    }
    let ledger = perMatch.get(matchId);
    if (ledger === undefined) {
      ledger = new DeliveryLedger();
      perMatch.set(matchId, ledger);
    }
    return ledger;
  }
}
