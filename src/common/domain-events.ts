import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { DomainEventMap, DomainEventName } from '../shared-domain/domain-event-map.js';

/** Carries the events of `DomainEventMap`; listeners use `@OnEvent(name)` from @nestjs/event-emitter. */
@Injectable()
export class DomainEvents {
  constructor(private readonly emitter: EventEmitter2) {}

  /** Emit after the change is committed, so listeners never see something that may roll back. */
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }
}
