import { createEvents, type EventAttributes, type EventStatus } from 'ics';
import type { MeetupStatus } from './domain/meetup-state.js';

/** What a calendar entry shows of a meetup, for one viewer. */
export interface CalendarMeetup {
  id: string;
  status: MeetupStatus;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  online: boolean;
  note: string | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  partnerName: string;
  safetyReminder: string | null;
}

export const ICS_PRODUCT_ID = '-//Common Ground//Meetups//EN';

/** Stable across every change, so calendar apps update the same event instead of adding a new one. */
export function meetupUid(meetupId: string): string {
  return `${meetupId}@common-ground`;
}

const STATUS_IN_CALENDAR: Readonly<Record<MeetupStatus, EventStatus>> = {
  proposed: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  declined: 'CANCELLED',
  cancelled: 'CANCELLED',
};

/** An RFC 5545 calendar (METHOD:PUBLISH) with one VEVENT per meetup, in UTC. */
export function meetupCalendar(meetups: readonly CalendarMeetup[], calendarName: string): string {
  const result = createEvents(meetups.map(toEvent), { productId: ICS_PRODUCT_ID, method: 'PUBLISH', calName: calendarName });
  if (result.error !== null || result.value === null) {
    throw new Error(`could not build the calendar: ${result.error?.message ?? 'no output'}`);
  }
  return result.value;
}

function toEvent(meetup: CalendarMeetup): EventAttributes {
  const status = STATUS_IN_CALENDAR[meetup.status];
  const event: EventAttributes & { timestamp: number } = {
    uid: meetupUid(meetup.id),
    sequence: meetup.sequence,
    status,
    title: `Common Ground: meetup with ${meetup.partnerName}`,
    description: descriptionOf(meetup),
    location: meetup.online ? 'Online' : (meetup.place ?? 'Online'),
    start: meetup.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meetup.durationMinutes },
    // DTSTAMP: when this version of the event was written, so repeated downloads are identical.
    timestamp: meetup.updatedAt.getTime(),
    created: meetup.createdAt.getTime(),
    lastModified: meetup.updatedAt.getTime(),
    busyStatus: meetup.status === 'confirmed' ? 'BUSY' : 'FREE',
    alarms: status === 'CANCELLED' ? [] : [{ action: 'display', description: 'Meetup in one hour', trigger: { hours: 1, before: true } }],
  };
  return event;
}

function descriptionOf(meetup: CalendarMeetup): string | undefined {
  const lines = [meetup.status === 'proposed' ? 'Proposed: not confirmed yet.' : null, meetup.note, meetup.safetyReminder];
  const text = lines.filter((line): line is string => line !== null && line !== '').join('\n');
  return text === '' ? undefined : text;
}
