import { Injectable } from '@nestjs/common';
import { MatchAccess, type Viewer } from '../access/match-access.js';
import { Clock } from '../common/clock.js';
import { isDomainError } from '../common/domain-error.js';
import { Outbox } from '../outbox/outbox.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { applyMeetupEvent, meetupEndsAt, proposeMeetup, type MeetupEvent, type MeetupMatchContext, type MeetupState } from './domain/meetup-state.js';
import { locationOfProposal, resolveLocation, type LocationResult, type MeetupLocation } from './domain/meetup-place.js';
import type { CreateMeetupDto, MeetupListWhen, UpdateMeetupDto } from './dto/meetup-input.dto.js';
import type { MeetupView } from './dto/meetup.view.js';
import { meetupErrors, meetupRefusal, translateOverlap } from './meetup-errors.js';
import type { MeetupEntity } from './meetup.entity.js';
import { MeetupViews } from './meetup-views.js';
import { MeetupsRepository } from './meetups.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

type MeetupEventName = 'meetup.proposed' | 'meetup.confirmed' | 'meetup.declined' | 'meetup.cancelled';

const EVENT_NAME: Readonly<Record<MeetupEvent['type'], MeetupEventName>> = {
  accept: 'meetup.confirmed',
  decline: 'meetup.declined',
  cancel: 'meetup.cancelled',
  reschedule: 'meetup.proposed',
};

export function matchContext(match: MatchEntity): MeetupMatchContext {
  return { status: match.status, participantIds: [match.migrantId, match.hostId] };
}

/** Proposing, answering, moving and cancelling meetups. The rules are in domain/; this wires them to storage. */
@Injectable()
export class MeetupsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetups: MeetupsRepository,
    private readonly access: MatchAccess,
    private readonly views: MeetupViews,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async propose(viewer: Viewer, matchId: string, input: CreateMeetupDto): Promise<MeetupView> {
    const match = await this.access.participantMatch(viewer, matchId);
    const startsAt = new Date(input.startsAt);
    const proposal = proposeMeetup({ match: matchContext(match), by: viewer.id, startsAt, durationMinutes: input.durationMinutes, now: this.clock.now() });
    if (!proposal.ok) throw meetupRefusal(proposal);
    const location = locationOrRefuse(locationOfProposal(input));
    const meetup = await this.uow.transaction(async () => {
      const inserted = await this.meetups.insertMeetup({
        matchId,
        startsAt,
        durationMinutes: input.durationMinutes,
        endsAt: meetupEndsAt(proposal.initial),
        ...location,
        note: blankToNull(input.note),
        proposedBy: viewer.id,
      });
      await this.record('meetup.proposed', inserted, match, viewer.id);
      return inserted;
    });
    return this.views.viewOne(meetup, viewer.id);
  }

  async listMine(viewer: Viewer, when: MeetupListWhen): Promise<MeetupView[]> {
    const now = this.clock.now();
    const meetups = when === 'past' ? await this.meetups.findPastOf(viewer.id, now) : await this.meetups.findUpcomingOf(viewer.id, now);
    return this.views.viewMany(meetups, viewer.id);
  }

  async listOfMatch(viewer: Viewer, matchId: string): Promise<MeetupView[]> {
    await this.access.participantMatch(viewer, matchId);
    return this.views.viewMany(await this.meetups.findByMatch(matchId), viewer.id);
  }

  accept(viewer: Viewer, meetupId: string): Promise<MeetupView> {
    return this.transition(viewer, meetupId, { type: 'accept', by: viewer.id, now: this.clock.now() });
  }

  decline(viewer: Viewer, meetupId: string, reason: string | undefined): Promise<MeetupView> {
    return this.transition(viewer, meetupId, { type: 'decline', by: viewer.id, reason });
  }

  cancel(viewer: Viewer, meetupId: string, reason: string | undefined): Promise<MeetupView> {
    return this.transition(viewer, meetupId, { type: 'cancel', by: viewer.id, reason });
  }

  /** Any change goes back to `proposed` by the caller: the other person has to agree afresh. */
  reschedule(viewer: Viewer, meetupId: string, input: UpdateMeetupDto): Promise<MeetupView> {
    const changes = {
      startsAt: input.startsAt === undefined ? undefined : new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      place: input.place,
      online: input.online,
      note: input.note,
    };
    return this.transition(viewer, meetupId, { type: 'reschedule', by: viewer.id, now: this.clock.now(), changes });
  }

  /**
   * The meetup with its match, for a participant; anyone else is told it does not exist. Inside a
   * transaction the meetup's row is locked for the change the caller is about to make.
   */
  async participantMeetup(viewer: Viewer, meetupId: string): Promise<{ meetup: MeetupEntity; match: MatchEntity }> {
    const meetup = this.uow.inTransaction ? await this.meetups.findByIdForUpdate(meetupId) : await this.meetups.findById(meetupId);
    if (meetup === null) throw meetupErrors.notFound('meetup');
    try {
      return { meetup, match: await this.access.participantMatch(viewer, meetup.matchId) };
    } catch (error) {
      throw isDomainError(error) && error.code === 'match.not-found' ? meetupErrors.notFound('meetup') : error;
    }
  }

  private async transition(viewer: Viewer, meetupId: string, event: MeetupEvent): Promise<MeetupView> {
    let outcome: { meetup: MeetupEntity; match: MatchEntity };
    try {
      outcome = await this.uow.transaction(async () => {
        const changed = await this.applyLocked(viewer, meetupId, event);
        await this.record(EVENT_NAME[event.type], changed.meetup, changed.match, viewer.id);
        return changed;
      });
    } catch (error) {
      throw translateOverlap(error);
    }
    return this.views.viewOne(outcome.meetup, viewer.id);
  }

  /** Under the meetup's row lock: apply the rule, keep the bookings in step with `confirmed`. */
  private async applyLocked(viewer: Viewer, meetupId: string, event: MeetupEvent): Promise<{ meetup: MeetupEntity; match: MatchEntity }> {
    const { meetup, match } = await this.participantMeetup(viewer, meetupId);
    const result = applyMeetupEvent({ ...stateOf(meetup), match: matchContext(match) }, event);
    if (!result.ok) throw meetupRefusal(result);
    const wasConfirmed = meetup.status === 'confirmed';
    applyState(meetup, result.next);
    applyDetails(meetup, event);
    if (wasConfirmed) await this.meetups.releaseBookings(meetup.id);
    const saved = await this.meetups.save(meetup);
    if (saved.status === 'confirmed') await this.meetups.bookParticipants(saved, [match.migrantId, match.hostId]);
    return { meetup: saved, match };
  }

  private record(name: MeetupEventName, meetup: MeetupEntity, match: MatchEntity, by: string): Promise<void> {
    return this.outbox.record(name, { meetupId: meetup.id, matchId: match.id, participantIds: [match.migrantId, match.hostId], by });
  }
}

function stateOf(meetup: MeetupEntity): MeetupState {
  return { status: meetup.status, proposedBy: meetup.proposedBy, sequence: meetup.sequence, startsAt: meetup.startsAt, durationMinutes: meetup.durationMinutes };
}

function applyState(meetup: MeetupEntity, next: MeetupState): void {
  meetup.status = next.status;
  meetup.proposedBy = next.proposedBy;
  meetup.sequence = next.sequence;
  meetup.startsAt = next.startsAt;
  meetup.durationMinutes = next.durationMinutes;
  meetup.endsAt = meetupEndsAt(next);
}

/** What an event says beyond the state: who closed it and why, or the new place and note. */
function applyDetails(meetup: MeetupEntity, event: MeetupEvent): void {
  switch (event.type) {
    case 'decline':
    case 'cancel':
      meetup.closedBy = event.by;
      meetup.closeReason = blankToNull(event.reason);
      return;
    case 'reschedule': {
      const location: MeetupLocation = locationOrRefuse(resolveLocation({ place: meetup.place, online: meetup.online }, event.changes));
      meetup.place = location.place;
      meetup.online = location.online;
      if (event.changes.note !== undefined) meetup.note = blankToNull(event.changes.note);
      meetup.closedBy = null;
      meetup.closeReason = null;
      return;
    }
    case 'accept':
      return;
    default:
      event satisfies never;
  }
}

function locationOrRefuse(result: LocationResult): MeetupLocation {
  if (!result.ok) throw meetupErrors.refusal('meetup.invalid-place', result.message);
  return result.location;
}

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === '' ? null : text;
}
