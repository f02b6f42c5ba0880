import ical, { type VEvent } from 'node-ical';
import { CalendarMeetup, meetupCalendar, meetupUid } from './meetup-ics.js';

function meetup(overrides: Partial<CalendarMeetup> = {}): CalendarMeetup {
  return {
    id: '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
    status: 'confirmed',
    startsAt: new Date('2026-12-01T17:00:00.000Z'),
    durationMinutes: 90,
    place: 'Café de Jaren, Nieuwe Doelenstraat',
    online: false,
    note: 'Bring the recipe; we cook together',
    sequence: 3,
    createdAt: new Date('2026-11-20T10:00:00.000Z'),
    updatedAt: new Date('2026-11-21T10:00:00.000Z'),
    partnerName: 'Amal',
    safetyReminder: null,
    ...overrides,
  };
}

function parseEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c !== undefined && c.type === 'VEVENT');
}

describe('meetupCalendar', () => {
  it('writes a VEVENT a real parser reads back: UID, SEQUENCE, UTC start and end, STATUS, LOCATION, alarm', () => {
    const text = meetupCalendar([meetup()], 'Common Ground');
    expect(text).toContain('METHOD:PUBLISH');
    const [event] = parseEvents(text);
    expect(event.uid).toBe(meetupUid('6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'));
    expect(event.sequence).toBe(3);
    expect(event.start.toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-12-01T18:30:00.000Z');
    expect(event.status).toBe('CONFIRMED');
    expect(event.location).toBe('Café de Jaren, Nieuwe Doelenstraat');
    expect(event.summary).toBe('Common Ground: meetup with Amal');
    expect(event.description).toBe('Bring the recipe; we cook together');
    expect(text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\n[^]*TRIGGER:-PT1H\r\n[^]*END:VALARM/);
  });

  it.each([
    ['proposed', 'TENTATIVE'],
    ['confirmed', 'CONFIRMED'],
    ['declined', 'CANCELLED'],
    ['cancelled', 'CANCELLED'],
  ] as const)('maps %s to STATUS:%s', (status, expected) => {
    const [event] = parseEvents(meetupCalendar([meetup({ status })], 'Common Ground'));
    expect(event.status).toBe(expected);
  });

  it('says Online for online meetups and drops the alarm once cancelled', () => {
    const online = parseEvents(meetupCalendar([meetup({ online: true, place: null })], 'x'))[0];
    expect(online.location).toBe('Online');
    expect(meetupCalendar([meetup({ status: 'cancelled' })], 'x')).not.toContain('BEGIN:VALARM');
  });

  it('keeps the safety reminder in the description and is identical when built twice', () => {
    const first = meetupCalendar([meetup({ note: null, safetyReminder: 'Meet in a public place.' })], 'x');
    expect(parseEvents(first)[0].description).toBe('Meet in a public place.');
    expect(meetupCalendar([meetup({ note: null, safetyReminder: 'Meet in a public place.' })], 'x')).toBe(first);
  });

  it('builds a valid empty calendar and one event per meetup', () => {
    expect(parseEvents(meetupCalendar([], 'x'))).toHaveLength(0);
    const two = parseEvents(meetupCalendar([meetup(), meetup({ id: '11111111-2222-4333-8444-555555555555' })], 'x'));
    expect(two.map((e) => e.uid).sort()).toEqual(['11111111-2222-4333-8444-555555555555@common-ground', '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b@common-ground']);
  });
});
