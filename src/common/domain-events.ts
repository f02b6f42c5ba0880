import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { DomainEventMap, TransientEventName } from '../shared-domain/domain-event-map.js';

/**
 * Tells the transient events (a new chat message) in memory, at once; listeners use `@OnEvent`.
 * Every other event is durable and goes through the outbox (src/outbox), written with its change.
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly emitter: EventEmitter2) {}

  /** Emit after the change is committed, so listeners never see something that may roll back. */
  emit<K extends TransientEventName>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }
}
