import type { MatchStatus } from '../../matches/domain/match-state.js';
import {
  applyMeetupEvent,
  canGiveMeetupFeedback,
  meetupEndsAt,
  meetupErrorKind,
  MEETUP_STATUSES,
  proposeMeetup,
  validateMeetupTiming,
  type MeetupErrorCode,
  type MeetupEvent,
  type MeetupSnapshot,
  type MeetupState,
  type MeetupStatus,
} from './meetup-state.js';

const MIGRANT = 'user-migrant';
const HOST = 'user-host';
const OUTSIDER = 'user-outsider';
const NOW = new Date('2026-06-01T10:00:00Z');
const STARTS_AT = new Date('2026-06-10T17:00:00Z');
const NEW_STARTS_AT = new Date('2026-06-11T18:30:00Z');

function snapshot(status: MeetupStatus, matchStatus: MatchStatus = 'active'): MeetupSnapshot {
  return {
    status,
    proposedBy: MIGRANT,
    sequence: 2,
    startsAt: STARTS_AT,
    durationMinutes: 60,
    match: { status: matchStatus, participantIds: [MIGRANT, HOST] },
  };
}

const SNAPSHOTS = {
  proposed: snapshot('proposed'),
  confirmed: snapshot('confirmed'),
  declined: snapshot('declined'),
  cancelled: snapshot('cancelled'),
  'proposed, match ended': snapshot('proposed', 'ended'),
  'confirmed, match ended': snapshot('confirmed', 'ended'),
} satisfies Record<string, MeetupSnapshot>;
type SnapshotName = keyof typeof SNAPSHOTS;

const reschedule = (by: string): MeetupEvent => ({
  type: 'reschedule',
  by,
  now: NOW,
  changes: { startsAt: NEW_STARTS_AT, durationMinutes: 90 },
});

/** The proposer is always the migrant; "other" is the host. */
const EVENTS = {
  'accept by other': { type: 'accept', by: HOST, now: NOW },
  'accept by proposer': { type: 'accept', by: MIGRANT, now: NOW },
  'accept by outsider': { type: 'accept', by: OUTSIDER, now: NOW },
  'decline by other': { type: 'decline', by: HOST, reason: 'busy' },
  'decline by proposer': { type: 'decline', by: MIGRANT },
  'decline by outsider': { type: 'decline', by: OUTSIDER },
  'cancel by proposer': { type: 'cancel', by: MIGRANT },
  'cancel by other': { type: 'cancel', by: HOST },
  'cancel by outsider': { type: 'cancel', by: OUTSIDER },
  'reschedule by proposer': reschedule(MIGRANT),
  'reschedule by other': reschedule(HOST),
  'reschedule by outsider': reschedule(OUTSIDER),
} satisfies Record<string, MeetupEvent>;
type EventName = keyof typeof EVENTS;

type Expected = { next: MeetupState; effects: string[] } | MeetupErrorCode;

const kept = (status: MeetupStatus): Expected => ({
  next: { status, proposedBy: MIGRANT, sequence: 3, startsAt: STARTS_AT, durationMinutes: 60 },
  effects: [status],
});
const rescheduledBy = (by: string): Expected => ({
  next: { status: 'proposed', proposedBy: by, sequence: 3, startsAt: NEW_STARTS_AT, durationMinutes: 90 },
  effects: ['rescheduled'],
});

const FINAL_STATE_ROW: Record<EventName, Expected> = {
  'accept by other': 'invalid-transition',
  'accept by proposer': 'invalid-transition',
  'accept by outsider': 'not-a-participant',
  'decline by other': 'invalid-transition',
  'decline by proposer': 'invalid-transition',
  'decline by outsider': 'not-a-participant',
  'cancel by proposer': 'invalid-transition',
  'cancel by other': 'invalid-transition',
  'cancel by outsider': 'not-a-participant',
  'reschedule by proposer': 'invalid-transition',
  'reschedule by other': 'invalid-transition',
  'reschedule by outsider': 'not-a-participant',
};

const EXPECTATIONS: Record<SnapshotName, Record<EventName, Expected>> = {
  proposed: {
    'accept by other': kept('confirmed'),
    'accept by proposer': 'proposer-cannot-respond',
    'accept by outsider': 'not-a-participant',
    'decline by other': kept('declined'),
    'decline by proposer': 'proposer-cannot-respond',
    'decline by outsider': 'not-a-participant',
    'cancel by proposer': kept('cancelled'),
    'cancel by other': kept('cancelled'),
    'cancel by outsider': 'not-a-participant',
    'reschedule by proposer': rescheduledBy(MIGRANT),
    'reschedule by other': rescheduledBy(HOST),
    'reschedule by outsider': 'not-a-participant',
  },
  confirmed: {
    'accept by other': 'invalid-transition',
    'accept by proposer': 'invalid-transition',
    'accept by outsider': 'not-a-participant',
    'decline by other': 'invalid-transition',
    'decline by proposer': 'invalid-transition',
    'decline by outsider': 'not-a-participant',
    'cancel by proposer': kept('cancelled'),
    'cancel by other': kept('cancelled'),
    'cancel by outsider': 'not-a-participant',
    'reschedule by proposer': rescheduledBy(MIGRANT),
    'reschedule by other': rescheduledBy(HOST),
    'reschedule by outsider': 'not-a-participant',
  },
  declined: FINAL_STATE_ROW,
  cancelled: FINAL_STATE_ROW,
  // Withdrawing (decline/cancel) stays possible after the match ended; committing does not.
  'proposed, match ended': {
    'accept by other': 'match-not-active',
    'accept by proposer': 'proposer-cannot-respond',
    'accept by outsider': 'not-a-participant',
    'decline by other': kept('declined'),
    'decline by proposer': 'proposer-cannot-respond',
    'decline by outsider': 'not-a-participant',
    'cancel by proposer': kept('cancelled'),
    'cancel by other': kept('cancelled'),
    'cancel by outsider': 'not-a-participant',
    'reschedule by proposer': 'match-not-active',
    'reschedule by other': 'match-not-active',
    'reschedule by outsider': 'not-a-participant',
  },
  'confirmed, match ended': {
    'accept by other': 'invalid-transition',
    'accept by proposer': 'invalid-transition',
    'accept by outsider': 'not-a-participant',
    'decline by other': 'invalid-transition',
    'decline by proposer': 'invalid-transition',
    'decline by outsider': 'not-a-participant',
    'cancel by proposer': kept('cancelled'),
    'cancel by other': kept('cancelled'),
    'cancel by outsider': 'not-a-participant',
    'reschedule by proposer': 'match-not-active',
    'reschedule by other': 'match-not-active',
    'reschedule by outsider': 'not-a-participant',
  },
};

const TABLE = (Object.keys(SNAPSHOTS) as SnapshotName[]).flatMap((snapshotName) =>
  (Object.keys(EVENTS) as EventName[]).map((eventName) => ({
    snapshotName,
    eventName,
    expected: EXPECTATIONS[snapshotName][eventName],
  })),
);

describe('applyMeetupEvent — every (status × event × actor) combination', () => {
  it('covers every meetup status', () => {
    const covered = new Set(Object.values(SNAPSHOTS).map((s) => s.status));
    expect([...covered].sort()).toEqual([...MEETUP_STATUSES].sort());
  });

  it.each(TABLE)('$snapshotName × $eventName', ({ snapshotName, eventName, expected }) => {
    const result = applyMeetupEvent(SNAPSHOTS[snapshotName], EVENTS[eventName]);
    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: false, code: expected, message: expect.any(String) });
    } else {
      expect(result).toEqual({ ok: true, ...expected });
    }
  });
});

describe('applyMeetupEvent — details', () => {
  it('tells the proposer why they cannot accept their own proposal', () => {
    expect(applyMeetupEvent(snapshot('proposed'), EVENTS['accept by proposer'])).toEqual({
      ok: false,
      code: 'proposer-cannot-respond',
      message: 'You proposed this meetup, so only the other person can accept it.',
    });
  });

  it('lets the original proposer accept once the other person rescheduled', () => {
    const rescheduled = applyMeetupEvent(snapshot('confirmed'), reschedule(HOST));
    if (!rescheduled.ok) throw new Error(rescheduled.message);
    const accepted = applyMeetupEvent(
      { ...rescheduled.next, match: snapshot('proposed').match },
      { type: 'accept', by: MIGRANT, now: NOW },
    );
    expect(accepted).toMatchObject({ ok: true, next: { status: 'confirmed', proposedBy: HOST, sequence: 4 } });
  });

  it('refuses to confirm a proposal whose start has passed', () => {
    const result = applyMeetupEvent(snapshot('proposed'), {
      type: 'accept',
      by: HOST,
      now: new Date('2026-06-10T17:00:00Z'),
    });
    expect(result).toMatchObject({ ok: false, code: 'proposal-outdated' });
  });

  it('keeps unchanged timing and bumps the sequence for a place-only reschedule', () => {
    const result = applyMeetupEvent(snapshot('confirmed'), {
      type: 'reschedule',
      by: HOST,
      now: NOW,
      changes: { place: 'Library café' },
    });
    expect(result).toEqual({
      ok: true,
      next: { status: 'proposed', proposedBy: HOST, sequence: 3, startsAt: STARTS_AT, durationMinutes: 60 },
      effects: ['rescheduled'],
    });
  });

  it.each([
    { name: 'empty changes', changes: {}, code: 'no-changes' },
    { name: 'only undefined values', changes: { note: undefined }, code: 'no-changes' },
    { name: 'new start in the past', changes: { startsAt: new Date('2026-05-31T10:00:00Z') }, code: 'starts-in-past' },
    { name: 'duration too short', changes: { durationMinutes: 10 }, code: 'invalid-duration' },
    { name: 'duration not whole', changes: { durationMinutes: 30.5 }, code: 'invalid-duration' },
  ] as const)('refuses a reschedule with $name', ({ changes, code }) => {
    const result = applyMeetupEvent(snapshot('proposed'), { type: 'reschedule', by: HOST, now: NOW, changes });
    expect(result).toMatchObject({ ok: false, code });
  });

  it('refuses a note-only reschedule once the meetup has started', () => {
    const result = applyMeetupEvent(snapshot('confirmed'), {
      type: 'reschedule',
      by: HOST,
      now: new Date('2026-06-10T17:30:00Z'),
      changes: { note: 'running late' },
    });
    expect(result).toMatchObject({ ok: false, code: 'starts-in-past' });
  });

  it('accepts a null note/place as a change (clearing a field)', () => {
    const result = applyMeetupEvent(snapshot('proposed'), {
      type: 'reschedule',
      by: MIGRANT,
      now: NOW,
      changes: { note: null },
    });
    expect(result.ok).toBe(true);
  });
});

describe('validateMeetupTiming', () => {
  it.each([
    { name: 'one minute ahead, 15 min', startsAt: '2026-06-01T10:01:00Z', duration: 15, code: null },
    { name: 'far ahead, 480 min', startsAt: '2027-01-01T00:00:00Z', duration: 480, code: null },
    { name: 'exactly now', startsAt: '2026-06-01T10:00:00Z', duration: 60, code: 'starts-in-past' },
    { name: 'in the past', startsAt: '2026-05-01T10:00:00Z', duration: 60, code: 'starts-in-past' },
    { name: 'two years ahead to the day', startsAt: '2028-05-31T10:00:00Z', duration: 60, code: null },
    { name: 'a minute past two years ahead', startsAt: '2028-05-31T10:01:00Z', duration: 60, code: 'starts-too-far-ahead' },
    { name: 'year 9999', startsAt: '9999-01-01T00:00:00Z', duration: 60, code: 'starts-too-far-ahead' },
    { name: 'invalid date', startsAt: 'not a date', duration: 60, code: 'invalid-start' },
    { name: '14 minutes', startsAt: '2026-06-02T10:00:00Z', duration: 14, code: 'invalid-duration' },
    { name: '481 minutes', startsAt: '2026-06-02T10:00:00Z', duration: 481, code: 'invalid-duration' },
    { name: 'fractional minutes', startsAt: '2026-06-02T10:00:00Z', duration: 60.5, code: 'invalid-duration' },
    { name: 'NaN minutes', startsAt: '2026-06-02T10:00:00Z', duration: Number.NaN, code: 'invalid-duration' },
  ])('$name → $code', ({ startsAt, duration, code }) => {
    const result = validateMeetupTiming({ startsAt: new Date(startsAt), durationMinutes: duration, now: NOW });
    if (code === null) {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, code, message: expect.any(String) });
    }
  });
});

describe('proposeMeetup', () => {
  const active = { status: 'active', participantIds: [MIGRANT, HOST] } as const;

  it('creates a proposal at sequence 0 proposed by the caller', () => {
    expect(proposeMeetup({ match: active, by: HOST, startsAt: STARTS_AT, durationMinutes: 45, now: NOW })).toEqual({
      ok: true,
      initial: { status: 'proposed', proposedBy: HOST, sequence: 0, startsAt: STARTS_AT, durationMinutes: 45 },
    });
  });

  it.each([
    { name: 'outsider', match: active, by: OUTSIDER, startsAt: STARTS_AT, code: 'not-a-participant' },
    ...(['proposed', 'declined', 'expired', 'ended'] as const).map((status) => ({
      name: `match ${status}`,
      match: { status, participantIds: [MIGRANT, HOST] as const },
      by: MIGRANT,
      startsAt: STARTS_AT,
      code: 'match-not-active',
    })),
    {
      name: 'start in the past',
      match: active,
      by: MIGRANT,
      startsAt: new Date('2026-05-01T00:00:00Z'),
      code: 'starts-in-past',
    },
  ])('refuses: $name', ({ match, by, startsAt, code }) => {
    const result = proposeMeetup({ match, by, startsAt, durationMinutes: 60, now: NOW });
    expect(result).toEqual({ ok: false, code, message: expect.any(String) });
  });
});

describe('canGiveMeetupFeedback', () => {
  // 2026-06-10T17:00Z + 60 min → ends 18:00Z.
  const ENDED = new Date('2026-06-10T18:00:00Z');
  const base = {
    meetup: { status: 'confirmed' as MeetupStatus, startsAt: STARTS_AT, durationMinutes: 60 },
    match: { participantIds: [MIGRANT, HOST] as const },
    by: HOST,
    now: ENDED,
    feedbackAuthorIds: [] as string[],
  };

  it('computes the end of a meetup', () => {
    expect(meetupEndsAt(base.meetup).toISOString()).toBe('2026-06-10T18:00:00.000Z');
  });

  it.each([
    { name: 'confirmed, exactly at the end', patch: {}, code: null },
    { name: 'confirmed, other person already gave feedback', patch: { feedbackAuthorIds: [MIGRANT] }, code: null },
    {
      name: 'one ms before the end',
      patch: { now: new Date('2026-06-10T17:59:59.999Z') },
      code: 'meetup-not-finished',
    },
    { name: 'already given by caller', patch: { feedbackAuthorIds: [HOST] }, code: 'feedback-already-given' },
    { name: 'outsider', patch: { by: OUTSIDER }, code: 'not-a-participant' },
    ...(['proposed', 'declined', 'cancelled'] as const).map((status) => ({
      name: `meetup ${status}`,
      patch: { meetup: { ...base.meetup, status } },
      code: 'meetup-not-confirmed',
    })),
  ])('$name → $code', ({ patch, code }) => {
    const result = canGiveMeetupFeedback({ ...base, ...patch });
    if (code === null) {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, code, message: expect.any(String) });
    }
  });
});

describe('meetupErrorKind', () => {
  it.each([
    ['invalid-start', 'invalid'],
    ['starts-in-past', 'invalid'],
    ['starts-too-far-ahead', 'invalid'],
    ['invalid-duration', 'invalid'],
    ['no-changes', 'invalid'],
    ['not-a-participant', 'forbidden'],
    ['proposer-cannot-respond', 'conflict'],
    ['invalid-transition', 'conflict'],
    ['match-not-active', 'conflict'],
    ['proposal-outdated', 'conflict'],
    ['meetup-not-confirmed', 'conflict'],
    ['meetup-not-finished', 'conflict'],
    ['feedback-already-given', 'conflict'],
  ] as const)('%s → %s', (code, kind) => {
    expect(meetupErrorKind(code)).toBe(kind);
  });
});
