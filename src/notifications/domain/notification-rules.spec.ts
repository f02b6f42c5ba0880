import { NOTIFICATION_TYPES } from '../notification-types.js';
import { NOTIFICATION_RULES } from './notification-rules.js';

const MIGRANT = '00000000-0000-4000-8000-00000000000a';
const HOST = '00000000-0000-4000-8000-00000000000b';
const STAFF = '00000000-0000-4000-8000-00000000000c';
const match = { matchId: 'm-1', migrantId: MIGRANT, hostId: HOST };
const meetup = { meetupId: 'mt-1', matchId: 'm-1', participantIds: [MIGRANT, HOST] as [string, string] };

describe('notification rules', () => {
  it('tells both people of a proposal made by a matching round', () => {
    expect(NOTIFICATION_RULES['match.proposed']({ ...match, proposedBy: null })).toEqual({
      recipients: [MIGRANT, HOST],
      type: 'match.proposed',
      data: { matchId: 'm-1' },
    });
  });

  it('tells only the other person of a proposal one of them asked for', () => {
    expect(NOTIFICATION_RULES['match.proposed']({ ...match, proposedBy: MIGRANT }).recipients).toEqual([HOST]);
    expect(NOTIFICATION_RULES['match.proposed']({ ...match, proposedBy: HOST }).recipients).toEqual([MIGRANT]);
  });

  it('tells the other participant of an acceptance, a decline and an ending', () => {
    expect(NOTIFICATION_RULES['match.accepted']({ ...match, by: HOST })).toMatchObject({ recipients: [MIGRANT], type: 'match.accepted' });
    expect(NOTIFICATION_RULES['match.declined']({ ...match, by: MIGRANT })).toMatchObject({ recipients: [HOST], type: 'match.declined' });
    expect(NOTIFICATION_RULES['match.ended']({ ...match, by: HOST })).toMatchObject({ recipients: [MIGRANT], type: 'match.ended' });
  });

  it('tells both participants when staff or the system end a match, and when it becomes active', () => {
    expect(NOTIFICATION_RULES['match.ended']({ ...match, by: STAFF }).recipients).toEqual([MIGRANT, HOST]);
    expect(NOTIFICATION_RULES['match.ended']({ ...match, by: null }).recipients).toEqual([MIGRANT, HOST]);
    expect(NOTIFICATION_RULES['match.activated'](match)).toEqual({ recipients: [MIGRANT, HOST], type: 'match.active', data: { matchId: 'm-1' } });
  });

  it('tells the person about their own account', () => {
    expect(NOTIFICATION_RULES['volunteer.verified']({ userId: HOST, verifiedBy: STAFF })).toEqual({ recipients: [HOST], type: 'account.verified', data: {} });
    expect(NOTIFICATION_RULES['user.warned']({ userId: MIGRANT, by: STAFF, note: 'Please be kind' })).toEqual({
      recipients: [MIGRANT],
      type: 'account.warned',
      data: { note: 'Please be kind' },
    });
  });

  it('tells the other participant of meetup changes, and both of a reminder', () => {
    expect(NOTIFICATION_RULES['meetup.proposed']({ ...meetup, by: MIGRANT })).toEqual({
      recipients: [HOST],
      type: 'meetup.proposed',
      data: { meetupId: 'mt-1', matchId: 'm-1' },
    });
    expect(NOTIFICATION_RULES['meetup.confirmed']({ ...meetup, by: HOST })).toMatchObject({ recipients: [MIGRANT], type: 'meetup.confirmed' });
    expect(NOTIFICATION_RULES['meetup.cancelled']({ ...meetup, by: HOST })).toMatchObject({ recipients: [MIGRANT], type: 'meetup.cancelled' });
    expect(NOTIFICATION_RULES['meetup.declined']({ ...meetup, by: HOST })).toEqual({
      recipients: [MIGRANT],
      type: 'meetup.cancelled',
      data: { meetupId: 'mt-1', matchId: 'm-1', declined: true },
    });
    expect(NOTIFICATION_RULES['meetup.reminder']({ ...meetup, startsAt: '2026-12-01T17:00:00.000Z', hoursBefore: 24 })).toEqual({
      recipients: [MIGRANT, HOST],
      type: 'meetup.reminder',
      data: { meetupId: 'mt-1', matchId: 'm-1', startsAt: '2026-12-01T17:00:00.000Z', hoursBefore: 24 },
    });
  });

  it("tells both people of a match's programme terms, and why the system ended one", () => {
    expect(NOTIFICATION_RULES['match.ending']({ ...match, programmeId: 'p', endsAt: '2026-01-01T00:00:00.000Z' })).toEqual({
      recipients: [MIGRANT, HOST],
      type: 'match.ending',
      data: { matchId: match.matchId, programmeId: 'p', endsAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(NOTIFICATION_RULES['checkin.due']({ ...match, programmeId: 'p', period: 2 })).toEqual({
      recipients: [MIGRANT, HOST],
      type: 'checkin.due',
      data: { matchId: match.matchId, programmeId: 'p', period: 2 },
    });
    expect(NOTIFICATION_RULES['match.ended']({ ...match, by: null, reason: 'match-weeks-over' })).toEqual({
      recipients: [MIGRANT, HOST],
      type: 'match.ended',
      data: { matchId: match.matchId, reason: 'match-weeks-over' },
    });
    expect(NOTIFICATION_RULES['match.ended']({ ...match, by: HOST }).data).toEqual({ matchId: match.matchId });
  });

  it('covers every notification type of the contract', () => {
    const produced = new Set<string>();
    const samples = [
      NOTIFICATION_RULES['match.proposed']({ ...match, proposedBy: null }),
      NOTIFICATION_RULES['match.accepted']({ ...match, by: HOST }),
      NOTIFICATION_RULES['match.activated'](match),
      NOTIFICATION_RULES['match.declined']({ ...match, by: HOST }),
      NOTIFICATION_RULES['match.ended']({ ...match, by: HOST }),
      NOTIFICATION_RULES['match.ending']({ ...match, programmeId: 'p', endsAt: '2026-01-01T00:00:00.000Z' }),
      NOTIFICATION_RULES['checkin.due']({ ...match, programmeId: 'p', period: 1 }),
      NOTIFICATION_RULES['volunteer.verified']({ userId: HOST, verifiedBy: STAFF }),
      NOTIFICATION_RULES['user.warned']({ userId: HOST, by: STAFF, note: 'n' }),
      NOTIFICATION_RULES['meetup.proposed']({ ...meetup, by: HOST }),
      NOTIFICATION_RULES['meetup.confirmed']({ ...meetup, by: HOST }),
      NOTIFICATION_RULES['meetup.cancelled']({ ...meetup, by: HOST }),
      NOTIFICATION_RULES['meetup.reminder']({ ...meetup, startsAt: 'x', hoursBefore: 1 }),
    ];
    for (const sample of samples) produced.add(sample.type);
    expect([...produced].sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });
});
