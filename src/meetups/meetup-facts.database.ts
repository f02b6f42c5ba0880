import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { MeetupFacts } from '../common/meetup-facts.js';
import { MeetupsRepository } from './meetups.repository.js';

/**
 * Meetup facts from the database. "Happened" = a confirmed meetup whose end has passed and for which
 * at least one participant's feedback said it took place (no feedback, no evidence it happened).
 */
@Injectable()
export class MeetupFactsFromDatabase extends MeetupFacts {
  constructor(
    private readonly meetups: MeetupsRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  hasConfirmedMeetup(matchId: string): Promise<boolean> {
    return this.meetups.hasConfirmedMeetup(matchId);
  }

  meetupCounts(organisationId?: string): Promise<{ confirmed: number; happened: number }> {
    return this.meetups.countConfirmedAndHappened(this.clock.now(), organisationId ?? null);
  }
}
