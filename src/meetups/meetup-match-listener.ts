import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { OnDomainEvent, Outbox } from '../outbox/outbox.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { MeetupsRepository } from './meetups.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** When a match ends, its meetups still ahead are cancelled and the booked time is freed. */
@Injectable()
export class MeetupMatchListener {

  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetups: MeetupsRepository,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  /** Delivered again after a failure: meetups already cancelled are not cancelled twice. */
  @OnDomainEvent('match.ended')
  onMatchEnded(event: DomainEventMap['match.ended']): Promise<void> {
    return this.cancelMeetupsOf(event);
  }

  /** Exposed for tests, which await it directly. */
  cancelMeetupsOf(event: DomainEventMap['match.ended']): Promise<void> {
    return this.uow.transaction(async () => {
      const cancelled = await this.meetups.cancelOpenFuture({ matchId: event.matchId }, event.by, 'The match ended', this.clock.now());
      const by = event.by;
      if (by === null) return;
      await this.outbox.recordAll(
        'meetup.cancelled',
        cancelled.map((meetup) => ({ meetupId: meetup.id, matchId: event.matchId, participantIds: [event.migrantId, event.hostId] as [string, string], by })),
      );
    });
  }
}
