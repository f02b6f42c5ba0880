import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { MeetupView } from './dto/meetup.view.js';
import type { MeetupEntity } from './meetup.entity.js';
import { MeetupsRepository } from './meetups.repository.js';

export const FIRST_MEETING_SAFETY_REMINDER = 'For a first meeting, choose a public place such as a café or library';

/** Builds the contract's `meetup` for a viewer, with a few additions (local time, first-meeting advice). */
@Injectable()
export class MeetupViews {
  constructor(
    private readonly meetups: MeetupsRepository,
    private readonly profiles: ProfilesRepository,
  ) {}

  async viewOne(meetup: MeetupEntity, viewerId: string): Promise<MeetupView> {
    const [view] = await this.viewMany([meetup], viewerId);
    if (view === undefined) throw new Error('meetup view missing');
    return view;
  }

  async viewMany(meetups: readonly MeetupEntity[], viewerId: string): Promise<MeetupView[]> {
    if (meetups.length === 0) return [];
    // Sequential on purpose: the embedded database interleaves concurrent statements of one request.
    const firstStarts = await this.meetups.firstConfirmedStarts([...new Set(meetups.map((m) => m.matchId))]);
    const profile = await this.profiles.findByUserId(viewerId);
    const timezone = profile?.timezone ?? null;
    return meetups.map((meetup) => meetupView(meetup, isFirstMeeting(meetup, firstStarts.get(meetup.matchId)), timezone));
  }
}

/** True when no confirmed meetup of the pair starts before this one. */
export function isFirstMeeting(meetup: Pick<MeetupEntity, 'startsAt'>, firstConfirmedStart: Date | undefined): boolean {
  return firstConfirmedStart === undefined || meetup.startsAt.getTime() <= firstConfirmedStart.getTime();
}

export function safetyReminderFor(meetup: Pick<MeetupEntity, 'online'>, firstMeeting: boolean): string | null {
  return firstMeeting && !meetup.online ? FIRST_MEETING_SAFETY_REMINDER : null;
}

function meetupView(meetup: MeetupEntity, firstMeeting: boolean, timezone: string | null): MeetupView {
  return {
    id: meetup.id,
    matchId: meetup.matchId,
    status: meetup.status,
    startsAt: meetup.startsAt.toISOString(),
    endsAt: meetup.endsAt.toISOString(),
    durationMinutes: meetup.durationMinutes,
    place: meetup.place,
    online: meetup.online,
    note: meetup.note,
    proposedBy: meetup.proposedBy,
    createdAt: meetup.createdAt.toISOString(),
    updatedAt: meetup.updatedAt.toISOString(),
    sequence: meetup.sequence,
    firstMeeting,
    safetyReminder: safetyReminderFor(meetup, firstMeeting),
    startsAtLocal: localTime(meetup.startsAt, timezone),
    timezone,
  };
}

function localTime(instant: Date, timezone: string | null): string | null {
  if (timezone === null) return null;
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return local.isValid ? local.toISO({ suppressMilliseconds: true }) : null;
}
