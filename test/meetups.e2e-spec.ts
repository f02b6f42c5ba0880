import { jest } from '@jest/globals';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';
import { Clock } from '../src/common/clock.js';
import { MeetupFacts } from '../src/common/meetup-facts.js';
import { sqlStateOf } from '../src/common/postgres-errors.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';
import { MeetupMatchListener } from '../src/meetups/meetup-match-listener.js';
import type { MeetupEntity } from '../src/meetups/meetup.entity.js';
import { UnitOfWork } from '../src/database/unit-of-work.js';
import { MeetupsRepository } from '../src/meetups/meetups.repository.js';
import { activeMatch, bearer, SignedUpUser, signUp, STRONG_PASSWORD, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface MeetupBody {
  id: string;
  matchId: string;
  status: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  place: string | null;
  online: boolean;
  note: string | null;
  proposedBy: string;
  sequence: number;
  firstMeeting: boolean;
  safetyReminder: string | null;
  startsAtLocal: string | null;
}

interface Pair {
  migrant: SignedUpUser;
  host: SignedUpUser;
  matchId: string;
}

/** A whole UTC hour `days` from now, so meetups never collide with the clock's minutes. */
function inDays(days: number, hourUtc = 17): string {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(hourUtc, 0, 0, 0);
  return at.toISOString();
}

function parseEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c !== undefined && c.type === 'VEVENT');
}

describe('meetups', () => {
  let t: TestApp;
  let clock: Clock;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULED_JOBS: 'off' });
    clock = t.app.get(Clock);
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function person(role: 'migrant' | 'host', profile: Record<string, unknown> = {}): Promise<SignedUpUser> {
    return withProfile(t, await signUp(t, { role, displayName: role === 'host' ? 'Hanneke' : 'Amal' }), profile);
  }

  async function pair(host?: SignedUpUser, profiles: { migrant?: Record<string, unknown>; host?: Record<string, unknown> } = {}): Promise<Pair> {
    const migrant = await person('migrant', profiles.migrant);
    const theHost = host ?? (await person('host', profiles.host));
    const match = await activeMatch(t, migrant, theHost);
    return { migrant, host: theHost, matchId: match.id };
  }

  async function propose(by: SignedUpUser, matchId: string, overrides: Record<string, unknown> = {}): Promise<MeetupBody> {
    const response = await t
      .http()
      .post(`/api/matches/${matchId}/meetups`)
      .set(bearer(by))
      .send({ startsAt: inDays(3), durationMinutes: 60, place: 'Café de Jaren', ...overrides })
      .expect(201);
    return response.body as MeetupBody;
  }

  async function confirmed(p: Pair, overrides: Record<string, unknown> = {}): Promise<MeetupBody> {
    const meetup = await propose(p.migrant, p.matchId, overrides);
    const response = await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(200);
    return response.body as MeetupBody;
  }

  describe('POST /api/matches/:id/meetups', () => {
    it('creates a proposal with the contract fields, a first-meeting reminder and the local time', async () => {
      const p = await pair();
      const startsAt = inDays(3);
      const meetup = await propose(p.migrant, p.matchId, { startsAt, durationMinutes: 90, note: 'Shall we cook?' });
      expect(meetup).toEqual(
        expect.objectContaining({
          matchId: p.matchId,
          status: 'proposed',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
          durationMinutes: 90,
          place: 'Café de Jaren',
          online: false,
          note: 'Shall we cook?',
          proposedBy: p.migrant.id,
          firstMeeting: true,
          safetyReminder: 'For a first meeting, choose a public place such as a café or library',
          startsAtLocal: DateTime.fromISO(startsAt, { zone: 'Europe/Amsterdam' }).toISO({ suppressMilliseconds: true }),
        }),
      );
      for (const key of ['id', 'createdAt', 'updatedAt']) expect(typeof (meetup as unknown as Record<string, unknown>)[key]).toBe('string');
    });

    it('takes online instead of a place, without the public-place reminder', async () => {
      const p = await pair();
      const meetup = await propose(p.host, p.matchId, { place: undefined, online: true });
      expect(meetup).toMatchObject({ place: null, online: true, firstMeeting: true, safetyReminder: null, proposedBy: p.host.id });
    });

    it.each([
      ['a duration under 15 minutes', { durationMinutes: 10 }],
      ['a duration over 480 minutes', { durationMinutes: 481 }],
      ['a fractional duration', { durationMinutes: 30.5 }],
      ['a time without an offset', { startsAt: '2031-12-01T17:00:00' }],
      ['a malformed time', { startsAt: 'tomorrow' }],
      ['neither a place nor online', { place: undefined }],
      ['both a place and online', { online: true }],
      ['a place longer than 200 characters', { place: 'x'.repeat(201) }],
      ['a note longer than 1000 characters', { note: 'x'.repeat(1001) }],
      ['an unknown field', { colour: 'blue' }],
    ])('answers 400 for %s', async (_name, overrides) => {
      const p = await pair();
      await t
        .http()
        .post(`/api/matches/${p.matchId}/meetups`)
        .set(bearer(p.migrant))
        .send({ startsAt: inDays(3), durationMinutes: 60, place: 'Library', ...overrides })
        .expect(400);
    });

    it('answers 400 for a start in the past or beyond two years, 409 for a match that is not active', async () => {
      const p = await pair();
      const past = await t.http().post(`/api/matches/${p.matchId}/meetups`).set(bearer(p.migrant)).send({ startsAt: inDays(-1), durationMinutes: 60, place: 'Library' }).expect(400);
      expect(past.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'meetup.starts-in-past' });
      for (const startsAt of [inDays(731), '9999-01-01T00:00:00.000Z']) {
        const far = await t.http().post(`/api/matches/${p.matchId}/meetups`).set(bearer(p.migrant)).send({ startsAt, durationMinutes: 60, place: 'Library' }).expect(400);
        expect(far.body).toMatchObject({ code: 'meetup.starts-too-far-ahead' });
      }
      expect((await t.http().get(`/api/matches/${p.matchId}/meetups`).set(bearer(p.migrant)).expect(200)).body).toEqual([]);

      const matches = t.app.get(MatchesRepository);
      const match = await matches.findById(p.matchId);
      if (match === null) throw new Error('match missing');
      match.status = 'ended';
      await matches.save(match);
      const inactive = await t.http().post(`/api/matches/${p.matchId}/meetups`).set(bearer(p.migrant)).send({ startsAt: inDays(3), durationMinutes: 60, place: 'Library' }).expect(409);
      expect(inactive.body).toMatchObject({ code: 'meetup.match-not-active' });
    });

    it('answers 401 without a token and 400 for a malformed match id', async () => {
      await t.http().post('/api/matches/00000000-0000-4000-8000-000000000000/meetups').send({}).expect(401);
      const p = await pair();
      await t.http().post('/api/matches/not-a-uuid/meetups').set(bearer(p.migrant)).send({ startsAt: inDays(3), durationMinutes: 60, place: 'Library' }).expect(400);
    });
  });

  describe('accept, decline, cancel', () => {
    it('lets only the other participant accept: own proposal is 409, then confirmed', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      const own = await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.migrant)).expect(409);
      expect(own.body).toMatchObject({ code: 'meetup.proposer-cannot-respond' });
      await t.http().post(`/api/meetups/${meetup.id}/decline`).set(bearer(p.migrant)).send({}).expect(409);

      const accepted = await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(200);
      expect(accepted.body).toMatchObject({ id: meetup.id, status: 'confirmed', proposedBy: p.migrant.id, sequence: 1 });
      await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(409);
      await expect(t.app.get(MeetupFacts).hasConfirmedMeetup(p.matchId)).resolves.toBe(true);
    });

    it('refuses to confirm once the match is no longer active', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      const matches = t.app.get(MatchesRepository);
      const match = await matches.findById(p.matchId);
      if (match === null) throw new Error('match missing');
      match.status = 'ended';
      await matches.save(match);
      const response = await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(409);
      expect(response.body).toMatchObject({ code: 'meetup.match-not-active' });
    });

    it('declines with a reason; a declined meetup can be neither accepted nor cancelled', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      const declined = await t.http().post(`/api/meetups/${meetup.id}/decline`).set(bearer(p.host)).send({ reason: 'I work late that day' }).expect(200);
      expect(declined.body).toMatchObject({ status: 'declined' });
      await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(409);
      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(bearer(p.migrant)).send({}).expect(409);
    });

    it('lets either participant cancel, a proposal or a confirmed meetup, and frees the time', async () => {
      const p = await pair();
      const proposal = await propose(p.migrant, p.matchId, { startsAt: inDays(4) });
      const byProposer = await t.http().post(`/api/meetups/${proposal.id}/cancel`).set(bearer(p.migrant)).send({ reason: 'Changed my mind' }).expect(200);
      expect(byProposer.body).toMatchObject({ status: 'cancelled' });

      const meetup = await confirmed(p, { startsAt: inDays(5) });
      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(bearer(p.host)).send({}).expect(200);
      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(bearer(p.host)).send({}).expect(409);
      // The same time can be confirmed again: the cancelled one no longer holds it.
      await confirmed(p, { startsAt: inDays(5) });
    });

    it('refuses a reason longer than 1000 characters', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      await t.http().post(`/api/meetups/${meetup.id}/decline`).set(bearer(p.host)).send({ reason: 'x'.repeat(1001) }).expect(400);
    });
  });

  describe('PATCH /api/meetups/:id', () => {
    it('puts a confirmed meetup back to proposed by the caller, with a higher sequence; the other can then accept', async () => {
      const p = await pair();
      const meetup = await confirmed(p, { startsAt: inDays(6) });
      const newStart = inDays(7);
      const patched = await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ startsAt: newStart, online: true }).expect(200);
      expect(patched.body).toMatchObject({ status: 'proposed', proposedBy: p.host.id, startsAt: newStart, online: true, place: null, sequence: meetup.sequence + 1 });
      await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(409);
      const accepted = await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.migrant)).expect(200);
      expect(accepted.body).toMatchObject({ status: 'confirmed', sequence: meetup.sequence + 2 });
    });

    it('answers 400 for no change, both place and online, or a past or too distant start; 409 for a cancelled meetup', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({}).expect(400);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ place: 'Park', online: true }).expect(400);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ durationMinutes: 500 }).expect(400);
      const past = await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ startsAt: inDays(-2) }).expect(400);
      expect(past.body).toMatchObject({ code: 'meetup.starts-in-past' });
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ startsAt: '9999-01-01T00:00:00.000Z' }).expect(400);
      expect((await t.http().get(`/api/matches/${p.matchId}/meetups`).set(bearer(p.host)).expect(200)).body).toEqual([expect.objectContaining({ id: meetup.id, startsAt: meetup.startsAt, status: 'proposed' })]);
      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(bearer(p.host)).send({}).expect(200);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.host)).send({ note: 'again?' }).expect(409);
    });
  });

  describe('overlapping confirmations', () => {
    it('confirms only one of two overlapping meetups accepted at the same moment by the shared host', async () => {
      const host = await person('host');
      const first = await pair(host);
      const second = await pair(host);
      for (let round = 0; round < 3; round += 1) {
        const a = await propose(first.migrant, first.matchId, { startsAt: inDays(10 + round, 17), durationMinutes: 120 });
        const b = await propose(second.migrant, second.matchId, { startsAt: inDays(10 + round, 18), durationMinutes: 60 });
        const results = await Promise.all([a, b].map((m) => t.http().post(`/api/meetups/${m.id}/accept`).set(bearer(host))));
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const refused = results.find((r) => r.status === 409);
        expect(refused?.body).toMatchObject({ code: 'meetup.overlap' });
      }
    });

    it('refuses the second of two bookings racing for the same person as an overlap, never as a deadlock', async () => {
      // Unguarded, each transaction inserted its booking, saw the other's uncommitted one and waited
      // for it: a deadlock in a few races in a hundred, which PostgreSQL breaks after a second by
      // failing one as "try again" (40P01) rather than as the overlap (23P01).
      const host = await person('host');
      const first = await pair(host);
      const second = await pair(host);
      const repository = t.app.get(MeetupsRepository);
      const unitOfWork = t.app.get(UnitOfWork);
      const [a, b] = await Promise.all(
        [propose(first.migrant, first.matchId), propose(second.migrant, second.matchId)].map(async (m) => (await repository.findById((await m).id)) as MeetupEntity),
      );
      const book = (meetup: MeetupEntity, migrantId: string, startsAt: Date, minutes: number): Promise<string> => {
        Object.assign(meetup, { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) });
        const people = [migrantId, host.id];
        return unitOfWork.transaction(() => repository.bookParticipants(meetup, people)).then(
          () => 'booked',
          (error: unknown) => sqlStateOf(error) ?? String(error),
        );
      };
      const outcomes = new Map<string, number>();
      for (let race = 0; race < 100; race += 1) {
        const day = new Date(inDays(30 + race, 17));
        const results = await Promise.all([book(a, first.migrant.id, day, 120), book(b, second.migrant.id, new Date(day.getTime() + HOUR), 60)]);
        const key = results.sort().join(' ');
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        await unitOfWork.transaction(async () => {
          await repository.releaseBookings(a.id);
          await repository.releaseBookings(b.id);
        });
      }
      expect(Object.fromEntries(outcomes)).toEqual({ '23P01 booked': 100 });
    });

    it('refuses a confirmation overlapping either person, and allows back-to-back meetups', async () => {
      const host = await person('host');
      const first = await pair(host);
      const second = await pair(host);
      await confirmed(first, { startsAt: inDays(20, 17), durationMinutes: 60 });
      const overlapping = await propose(second.migrant, second.matchId, { startsAt: inDays(20, 17), durationMinutes: 30 });
      await t.http().post(`/api/meetups/${overlapping.id}/accept`).set(bearer(host)).expect(409);
      const adjacent = await propose(second.migrant, second.matchId, { startsAt: inDays(20, 18), durationMinutes: 60 });
      await t.http().post(`/api/meetups/${adjacent.id}/accept`).set(bearer(host)).expect(200);
    });
  });

  describe('lists', () => {
    it("lists the caller's upcoming meetups soonest first, the past newest first, and a match's newest first", async () => {
      const p = await pair();
      const later = await propose(p.migrant, p.matchId, { startsAt: inDays(9) });
      const sooner = await propose(p.host, p.matchId, { startsAt: inDays(8), place: undefined, online: true });
      const upcoming = await t.http().get('/api/meetups?when=upcoming').set(bearer(p.migrant)).expect(200);
      expect((upcoming.body as MeetupBody[]).map((m) => m.id)).toEqual([sooner.id, later.id]);
      const byDefault = await t.http().get('/api/meetups').set(bearer(p.host)).expect(200);
      expect((byDefault.body as MeetupBody[]).map((m) => m.id)).toEqual([sooner.id, later.id]);
      const ofMatch = await t.http().get(`/api/matches/${p.matchId}/meetups`).set(bearer(p.host)).expect(200);
      expect((ofMatch.body as MeetupBody[]).map((m) => m.id)).toEqual([sooner.id, later.id]);

      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(inDays(12))));
      const past = await t.http().get('/api/meetups?when=past').set(bearer(p.migrant)).expect(200);
      expect((past.body as MeetupBody[]).map((m) => m.id)).toEqual([later.id, sooner.id]);
      const nowUpcoming = await t.http().get('/api/meetups?when=upcoming').set(bearer(p.migrant)).expect(200);
      expect(nowUpcoming.body).toEqual([]);
      await t.http().get('/api/meetups?when=someday').set(bearer(p.migrant)).expect(400);
    });

    it('marks only the first confirmed meetup of a pair as a first meeting', async () => {
      const p = await pair();
      await confirmed(p, { startsAt: inDays(3) });
      const second = await propose(p.migrant, p.matchId, { startsAt: inDays(4) });
      expect(second).toMatchObject({ firstMeeting: false, safetyReminder: null });
    });
  });

  describe('GET /api/matches/:id/meetup-slots', () => {
    // Both free on Mondays 18:00–21:00 Amsterdam time; the host states it in London time (17:00–20:00).
    const profiles = {
      migrant: { availability: [{ day: 1, start: '18:00', end: '21:00' }], timezone: 'Europe/Amsterdam' },
      host: { availability: [{ day: 1, start: '17:00', end: '20:00' }], timezone: 'Europe/London' },
    };

    function nextMonday(): DateTime {
      let day = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 2 }).startOf('day');
      while (day.weekday !== 1) day = day.plus({ days: 1 });
      return day;
    }

    it('suggests the shared evening in 30-minute steps, minus confirmed meetups, soonest first', async () => {
      const p = await pair(undefined, profiles);
      const monday = nextMonday();
      const from = monday.toUTC().toISO();
      const to = monday.plus({ days: 1 }).toUTC().toISO();
      const local = (hour: number, minute = 0): string => monday.set({ hour, minute }).toUTC().toISO() ?? '';
      const all = await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ from, to }).set(bearer(p.migrant)).expect(200);
      expect((all.body as { startsAt: string }[]).map((s) => s.startsAt)).toEqual([local(18), local(18, 30), local(19), local(19, 30), local(20)]);
      expect((all.body as { endsAt: string }[])[0].endsAt).toBe(local(19));

      await confirmed(p, { startsAt: local(18), durationMinutes: 60 });
      const free = await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ from, to, durationMinutes: 90 }).set(bearer(p.host)).expect(200);
      expect((free.body as { startsAt: string }[]).map((s) => s.startsAt)).toEqual([local(19), local(19, 30)]);
    });

    it('defaults to the next 14 days and refuses empty, reversed or over-long windows', async () => {
      const p = await pair(undefined, profiles);
      const slots = await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).set(bearer(p.migrant)).expect(200);
      const starts = (slots.body as { startsAt: string }[]).map((s) => Date.parse(s.startsAt));
      // Whatever the moment the test runs (even a Monday evening): only the shared Monday evenings,
      // and the whole evening of a Monday at least two days ahead, which always lies in the 14 days.
      const inAmsterdam = starts.map((ms) => DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' }));
      expect(inAmsterdam.every((d) => d.weekday === 1 && ['18:00', '18:30', '19:00', '19:30', '20:00'].includes(d.toFormat('HH:mm')))).toBe(true);
      const monday = nextMonday();
      const wholeEvening = [18, 18.5, 19, 19.5, 20].map((hour) => monday.set({ hour: Math.floor(hour), minute: (hour % 1) * 60 }).toMillis());
      expect(wholeEvening.filter((start) => !starts.includes(start))).toEqual([]);
      expect(Math.min(...starts)).toBeGreaterThan(Date.now());
      expect(Math.max(...starts)).toBeLessThan(Date.now() + 14 * DAY);
      const from = inDays(2);
      await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ from, to: from }).set(bearer(p.migrant)).expect(400);
      await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ from: inDays(5), to: inDays(2) }).set(bearer(p.migrant)).expect(400);
      await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ from, to: inDays(40) }).set(bearer(p.migrant)).expect(400);
      await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).query({ durationMinutes: 'long' }).set(bearer(p.migrant)).expect(400);
    });
  });

  describe('calendar', () => {
    it('serves an RFC 5545 event that a real parser reads back, its SEQUENCE growing and STATUS following each change', async () => {
      const p = await pair();
      const startsAt = inDays(15);
      const meetup = await propose(p.migrant, p.matchId, { startsAt });
      const read = async (): Promise<VEvent> => {
        const response = await t.http().get(`/api/meetups/${meetup.id}/ics`).set(bearer(p.host)).expect(200);
        expect(response.headers['content-type']).toMatch(/^text\/calendar/);
        const events = parseEvents(response.text);
        expect(events).toHaveLength(1);
        return events[0];
      };
      const proposed = await read();
      expect(proposed).toMatchObject({ uid: `${meetup.id}@common-ground`, sequence: 0, status: 'TENTATIVE', location: 'Café de Jaren' });
      expect(proposed.start.toISOString()).toBe(startsAt);
      expect(proposed.summary).toBe('Common Ground: meetup with Amal');

      await t.http().post(`/api/meetups/${meetup.id}/accept`).set(bearer(p.host)).expect(200);
      expect(await read()).toMatchObject({ uid: `${meetup.id}@common-ground`, sequence: 1, status: 'CONFIRMED' });

      const moved = inDays(16);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(bearer(p.migrant)).send({ startsAt: moved, online: true }).expect(200);
      const rescheduled = await read();
      expect(rescheduled).toMatchObject({ sequence: 2, status: 'TENTATIVE', location: 'Online' });
      expect(rescheduled.start.toISOString()).toBe(moved);

      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(bearer(p.host)).send({}).expect(200);
      expect(await read()).toMatchObject({ sequence: 3, status: 'CANCELLED' });
    });

    it('serves a personal feed by a revocable token in the URL', async () => {
      const p = await pair();
      const a = await confirmed(p, { startsAt: inDays(3) });
      const b = await propose(p.host, p.matchId, { startsAt: inDays(4) });
      await t.http().get('/api/me/calendar.ics').expect(401);
      await t.http().get('/api/me/calendar.ics?token=not-a-token').expect(401);

      const created = await t.http().post('/api/me/calendar-token').set(bearer(p.migrant)).expect(201);
      const { url, token } = created.body as { url: string; token: string };
      expect(url).toContain(`/api/me/calendar.ics?token=${token}`);
      const path = new URL(url).pathname + new URL(url).search;
      const feed = await t.http().get(path).expect(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
      const byUid = new Map(parseEvents(feed.text).map((e) => [e.uid, e]));
      expect(byUid.get(`${a.id}@common-ground`)?.status).toBe('CONFIRMED');
      expect(byUid.get(`${b.id}@common-ground`)?.status).toBe('TENTATIVE');

      const rotated = await t.http().post('/api/me/calendar-token').set(bearer(p.migrant)).expect(201);
      await t.http().get(path).expect(401);
      const fresh = (rotated.body as { token: string }).token;
      await t.http().get(`/api/me/calendar.ics?token=${fresh}`).expect(200);
      await t.http().delete('/api/me/calendar-token').set(bearer(p.migrant)).expect(204);
      await t.http().get(`/api/me/calendar.ics?token=${fresh}`).expect(401);
    });
  });

  it('describes every meetup route in the OpenAPI document', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    const paths = Object.keys((doc.body as { paths: Record<string, unknown> }).paths);
    for (const path of [
      '/api/matches/{id}/meetups',
      '/api/matches/{id}/meetup-slots',
      '/api/meetups',
      '/api/meetups/{id}',
      '/api/meetups/{id}/accept',
      '/api/meetups/{id}/decline',
      '/api/meetups/{id}/cancel',
      '/api/meetups/{id}/ics',
      '/api/meetups/{id}/feedback',
      '/api/me/calendar-token',
      '/api/me/calendar.ics',
    ]) {
      expect(paths).toContain(path);
    }
  });

  describe('strangers', () => {
    it('get 404 for meetups, their ICS, the slots and every action of other people', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId);
      const stranger = await signUp(t);
      const as = bearer(stranger);
      await t.http().get(`/api/matches/${p.matchId}/meetups`).set(as).expect(404);
      await t.http().post(`/api/matches/${p.matchId}/meetups`).set(as).send({ startsAt: inDays(3), durationMinutes: 60, place: 'Library' }).expect(404);
      await t.http().get(`/api/matches/${p.matchId}/meetup-slots`).set(as).expect(404);
      await t.http().get(`/api/meetups/${meetup.id}/ics`).set(as).expect(404);
      await t.http().post(`/api/meetups/${meetup.id}/accept`).set(as).expect(404);
      await t.http().post(`/api/meetups/${meetup.id}/decline`).set(as).send({}).expect(404);
      await t.http().post(`/api/meetups/${meetup.id}/cancel`).set(as).send({}).expect(404);
      await t.http().patch(`/api/meetups/${meetup.id}`).set(as).send({ note: 'hi' }).expect(404);
      await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(as).send({ happened: true }).expect(404);
      const listed = await t.http().get('/api/meetups').set(as).expect(200);
      expect(listed.body).toEqual([]);
      await t.http().get('/api/meetups/00000000-0000-4000-8000-000000000000/ics').set(bearer(p.migrant)).expect(404);
    });
  });

  describe('POST /api/meetups/:id/feedback', () => {
    it('accepts feedback once per participant after the end only, and announces a concern', async () => {
      const p = await pair();
      const meetup = await confirmed(p, { startsAt: inDays(2), durationMinutes: 60 });
      const early = await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.migrant)).send({ happened: true }).expect(409);
      expect(early.body).toMatchObject({ code: 'meetup.meetup-not-finished' });

      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(meetup.endsAt) + 1000));
      const concerns: unknown[] = [];
      const listener = (payload: unknown): void => {
        concerns.push(payload);
      };
      const emitter = t.app.get(EventEmitter2);
      emitter.on('meetup.concern', listener);
      try {
        const given = await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.migrant)).send({ happened: true, rating: 5, comment: 'Lovely evening' }).expect(201);
        expect(given.body).toMatchObject({ meetupId: meetup.id, happened: true, rating: 5, comment: 'Lovely evening', concern: false });
        const again = await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.migrant)).send({ happened: true }).expect(409);
        expect(again.body).toMatchObject({ code: 'meetup.feedback-already-given' });
        await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.host)).send({ happened: true, rating: 6 }).expect(400);
        await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.host)).send({ rating: 4 }).expect(400);
        await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.host)).send({ happened: true, concern: true, comment: 'Felt pressured' }).expect(201);
      } finally {
        emitter.off('meetup.concern', listener);
      }
      expect(concerns).toEqual([{ meetupId: meetup.id, matchId: p.matchId, participantIds: [p.migrant.id, p.host.id], reporterId: p.host.id, comment: 'Felt pressured' }]);
      const counts = await t.app.get(MeetupFacts).meetupCounts();
      expect(counts.happened).toBeGreaterThanOrEqual(1);
      expect(counts.confirmed).toBeGreaterThanOrEqual(counts.happened);
    });

    it('refuses feedback on a meetup that was never confirmed', async () => {
      const p = await pair();
      const meetup = await propose(p.migrant, p.matchId, { startsAt: inDays(2) });
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(meetup.endsAt) + 1000));
      const response = await t.http().post(`/api/meetups/${meetup.id}/feedback`).set(bearer(p.host)).send({ happened: false }).expect(409);
      expect(response.body).toMatchObject({ code: 'meetup.meetup-not-confirmed' });
    });
  });

  describe('when the match ends or a person leaves', () => {
    it('cancels the meetups still ahead of an ended match and frees the booked time', async () => {
      const host = await person('host');
      const first = await pair(host);
      const second = await pair(host);
      const meetup = await confirmed(first, { startsAt: inDays(25) });
      await t.app.get(MeetupMatchListener).cancelMeetupsOf({ matchId: first.matchId, migrantId: first.migrant.id, hostId: host.id, by: first.migrant.id });
      const after = await t.http().get(`/api/matches/${first.matchId}/meetups`).set(bearer(host)).expect(200);
      expect((after.body as MeetupBody[]).find((m) => m.id === meetup.id)).toMatchObject({ status: 'cancelled', sequence: 2 });
      await confirmed(second, { startsAt: inDays(25) });
    });

    it('exports the person\'s meetups and feedback, and on erasure cancels their future meetups', async () => {
      const p = await pair();
      const meetup = await confirmed(p, { startsAt: inDays(30), note: 'See you at the entrance' });
      const exported = await t.http().get('/api/me/export').set(bearer(p.migrant)).expect(200);
      const section = (exported.body as { meetups: { meetups: { id: string }[]; feedback: unknown[] } }).meetups;
      expect(section.meetups.map((m) => m.id)).toEqual([meetup.id]);
      expect(section.feedback).toEqual([]);

      await t.http().delete('/api/me').set(bearer(p.migrant)).send({ password: STRONG_PASSWORD }).expect(204);
      const seen = await t.http().get(`/api/matches/${p.matchId}/meetups`).set(bearer(p.host)).expect(200);
      expect((seen.body as MeetupBody[])[0]).toMatchObject({ id: meetup.id, status: 'cancelled', note: null });
    });
  });
});
