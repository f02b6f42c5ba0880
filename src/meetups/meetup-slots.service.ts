import { Injectable } from '@nestjs/common';
import { MatchAccess, type Viewer } from '../access/match-access.js';
import { Clock } from '../common/clock.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { DEFAULT_SLOT_DURATION_MINUTES, findCommonSlots, type SlotPerson } from './domain/slots.js';
import type { MeetupSlotsQueryDto } from './dto/meetup-input.dto.js';
import type { MeetupSlotView } from './dto/meetup.view.js';
import { meetupErrors } from './meetup-errors.js';
import { MeetupsRepository } from './meetups.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_SLOT_RANGE_DAYS = 14;
export const MAX_SLOT_RANGE_DAYS = 31;
const MAX_SLOTS = 100;

/** Times that suit both people of a match: inside both weekly availabilities, outside their confirmed meetups. */
@Injectable()
export class MeetupSlotsService {
  constructor(
    private readonly access: MatchAccess,
    private readonly profiles: ProfilesRepository,
    private readonly meetups: MeetupsRepository,
    private readonly clock: Clock,
  ) {}

  async suggest(viewer: Viewer, matchId: string, query: MeetupSlotsQueryDto): Promise<MeetupSlotView[]> {
    const match = await this.access.participantMatch(viewer, matchId);
    const { from, to } = searchWindow(query, this.clock.now());
    const participantIds = [match.migrantId, match.hostId];
    const profiles = await this.profiles.findByUserIds(participantIds);
    const busy = await this.meetups.findBusyOf(participantIds, from, to);
    // Busy time is shared: either person's confirmed meetup rules the slot out for the pair.
    const people: SlotPerson[] = participantIds.map((id) => {
      const profile = profiles.find((p) => p.userId === id);
      return { availability: profile?.availability ?? [], timezone: profile?.timezone ?? '', busy };
    });
    const durationMinutes = query.durationMinutes ?? DEFAULT_SLOT_DURATION_MINUTES;
    return findCommonSlots({ people, from, to, durationMinutes, limit: MAX_SLOTS }).map((slot) => ({
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
    }));
  }
}

/** from..to, defaulting to now..now+14 days; never before now, since past slots cannot be proposed. */
function searchWindow(query: MeetupSlotsQueryDto, now: Date): { from: Date; to: Date } {
  const requestedFrom = query.from === undefined ? now : new Date(query.from);
  const to = query.to === undefined ? new Date(requestedFrom.getTime() + DEFAULT_SLOT_RANGE_DAYS * DAY_MS) : new Date(query.to);
  if (requestedFrom.getTime() >= to.getTime()) throw meetupErrors.refusal('meetup-slots.empty-range', '"from" must be before "to".');
  if (to.getTime() - requestedFrom.getTime() > MAX_SLOT_RANGE_DAYS * DAY_MS) {
    throw meetupErrors.refusal('meetup-slots.range-too-long', `The search window may span at most ${MAX_SLOT_RANGE_DAYS} days.`);
  }
  const from = requestedFrom.getTime() < now.getTime() ? now : requestedFrom;
  return { from, to };
}
