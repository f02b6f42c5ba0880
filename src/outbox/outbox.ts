import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { UnitOfWork } from '../database/unit-of-work.js';
import { timeOrderedIds } from '../database/time-ordered-ids.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { DurableEventName, DomainEventMap } from '../shared-domain/domain-event-map.js';
import { OutboxRepository, type StoredEvent } from './outbox.repository.js';

/** What a listener of a durable event gets beside the payload: the key that makes its work idempotent. */
export interface EventDelivery {
  eventId: string;
}

/** How long an event may wait for its after-commit delivery before the job delivers it instead. */
const REDELIVER_AFTER_SECONDS = 30;
const REDELIVERY_BATCH = 500;
const KEEP_DELIVERED_DAYS = 7;

/**
 * Listens to a durable event. A listener that throws makes the delivery fail, so the event is
 * delivered again later to every listener: each must be idempotent (keyed by `EventDelivery.eventId`).
 */
export const OnDomainEvent = (name: DurableEventName): MethodDecorator => OnEvent(name, { suppressErrors: false });

/**
 * The transactional outbox. `record` writes the event in the current unit of work, so it exists
 * exactly when the change that caused it committed, and delivers it to the listeners right after
 * commit. Should the process die in between, or a listener fail, the `events.deliver-pending`
 * job (and each process at start) delivers it again: at least once, to idempotent listeners.
 */
@Injectable()
export class Outbox implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: OutboxRepository,
    private readonly emitter: EventEmitter2,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('events.deliver-pending', async () => {
      await this.deliverPending(REDELIVER_AFTER_SECONDS);
      await this.events.deleteDeliveredBefore(KEEP_DELIVERED_DAYS);
    });
  }

  /** Events a stopped process left undelivered go out as soon as a process starts again. */
  onApplicationBootstrap(): void {
    setImmediate(() => {
      this.deliverPending(0).catch((error: unknown) => this.logger.error({ err: error }, 'Delivering pending events failed'));
    });
  }

  record<K extends DurableEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    return this.recordAll(name, [payload]);
  }

  /** Many events of one kind in one statement (a matching round's proposals). */
  async recordAll<K extends DurableEventName>(name: K, payloads: ReadonlyArray<DomainEventMap[K]>): Promise<void> {
    const ids = timeOrderedIds(payloads.length);
    const events: StoredEvent[] = payloads.map((payload, index) => ({ id: ids[index], name, payload }));
    await this.uow.transaction(async () => {
      await this.events.insert(events);
      this.uow.afterCommit(() => void this.deliverInOrder(events));
    });
  }

  private async deliverInOrder(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) await this.deliver(event);
  }

  /** Delivers undelivered events at least `ageSeconds` old; answers how many were delivered. */
  async deliverPending(ageSeconds: number): Promise<number> {
    let delivered = 0;
    for (const event of await this.events.findUndelivered(ageSeconds, REDELIVERY_BATCH)) {
      if (await this.deliver(event)) delivered += 1;
    }
    return delivered;
  }

  private async deliver(event: StoredEvent): Promise<boolean> {
    const delivery: EventDelivery = { eventId: event.id };
    try {
      await this.emitter.emitAsync(event.name, event.payload, delivery);
      await this.events.markDelivered(event.id);
      return true;
    } catch (error) {
      this.logger.error({ err: error, event: event.name, eventId: event.id }, 'An event listener failed; the event will be delivered again');
      await this.events.markFailed(event.id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      return false;
    }
  }
}
