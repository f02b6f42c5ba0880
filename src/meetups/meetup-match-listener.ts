import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { MeetupsRepository } from './meetups.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** When a match ends, its meetups still ahead are cancelled and the booked time is freed. */
@Injectable()
export class MeetupMatchListener {
  private readonly logger = new Logger('MeetupMatchListener');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetups: MeetupsRepository,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  @OnEvent('match.ended', { async: true })
  async onMatchEnded(event: DomainEventMap['match.ended']): Promise<void> {
    try {
      await this.cancelMeetupsOf(event);
    } catch (error) {
      this.logger.error({ err: error, matchId: event.matchId }, 'could not cancel the meetups of an ended match');
    }
  }

  /** Exposed for tests, which await it instead of the fire-and-forget event. */
  async cancelMeetupsOf(event: DomainEventMap['match.ended']): Promise<void> {
    const cancelled = await this.uow.transaction(() =>
      this.meetups.cancelOpenFuture({ matchId: event.matchId }, event.by, 'The match ended', this.clock.now()),
    );
    const by = event.by;
    if (by === null) return;
    for (const meetup of cancelled) {
      this.events.emit('meetup.cancelled', { meetupId: meetup.id, matchId: event.matchId, participantIds: [event.migrantId, event.hostId], by });
    }
  }
}
