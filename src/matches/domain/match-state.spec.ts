import {
  applyMatchEvent,
  isProposalExpired,
  matchErrorKind,
  MATCH_STATUSES,
  type MatchErrorCode,
  type MatchEvent,
  type MatchSnapshot,
  type MatchState,
  type MatchStatus,
} from './match-state.js';

const CREATED_AT = new Date('2026-05-01T12:00:00Z');
const TTL_DAYS = 7;
const AFTER_TTL = new Date('2026-05-08T12:00:00Z'); // exactly 7 × 24 h later
const BEFORE_TTL = new Date('2026-05-08T11:59:59.999Z');

function snapshot(status: MatchStatus, acceptedByMigrant = false, acceptedByHost = false): MatchSnapshot {
  return { status, acceptedByMigrant, acceptedByHost, createdAt: CREATED_AT };
}

type Named<T> = { name: string; value: T };

const SNAPSHOTS: Array<Named<MatchSnapshot>> = [
  { name: 'proposed (nobody accepted)', value: snapshot('proposed') },
  { name: 'proposed (migrant accepted)', value: snapshot('proposed', true, false) },
  { name: 'proposed (host accepted)', value: snapshot('proposed', false, true) },
  { name: 'active', value: snapshot('active', true, true) },
  { name: 'declined', value: snapshot('declined', true, false) },
  { name: 'expired', value: snapshot('expired') },
  { name: 'ended', value: snapshot('ended', true, true) },
];

const EVENTS: Array<Named<MatchEvent>> = [
  { name: 'accept by migrant', value: { type: 'accept', by: 'migrant' } },
  { name: 'accept by host', value: { type: 'accept', by: 'host' } },
  { name: 'accept by staff', value: { type: 'accept', by: 'staff' } },
  { name: 'accept by system', value: { type: 'accept', by: 'system' } },
  { name: 'decline by migrant', value: { type: 'decline', by: 'migrant', reason: 'schedule' } },
  { name: 'decline by host', value: { type: 'decline', by: 'host', reason: 'moving away' } },
  { name: 'decline by staff', value: { type: 'decline', by: 'staff' } },
  { name: 'expire after TTL', value: { type: 'expire', now: AFTER_TTL, ttlDays: TTL_DAYS } },
  { name: 'expire before TTL', value: { type: 'expire', now: BEFORE_TTL, ttlDays: TTL_DAYS } },
  { name: 'end by migrant', value: { type: 'end', by: 'migrant' } },
  { name: 'end by host', value: { type: 'end', by: 'host' } },
  { name: 'end by staff', value: { type: 'end', by: 'staff' } },
  { name: 'end by system', value: { type: 'end', by: 'system' } },
];

type Expected = { next: MatchState; effects: string[] } | MatchErrorCode;

const state = (status: MatchStatus, acceptedByMigrant: boolean, acceptedByHost: boolean): MatchState => ({
  status,
  acceptedByMigrant,
  acceptedByHost,
});
const ok = (next: MatchState, ...effects: string[]): Expected => ({ next, effects });

/** expectations[snapshot name][event name]; every pair is listed explicitly. */
const EXPECTATIONS: Record<string, Record<string, Expected>> = {
  'proposed (nobody accepted)': {
    'accept by migrant': ok(state('proposed', true, false), 'accepted'),
    'accept by host': ok(state('proposed', false, true), 'accepted'),
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': ok(state('declined', false, false), 'declined'),
    'decline by host': ok(state('declined', false, false), 'declined'),
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': ok(state('expired', false, false), 'expired'),
    'expire before TTL': 'not-expired-yet',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
  'proposed (migrant accepted)': {
    'accept by migrant': 'already-accepted',
    'accept by host': ok(state('active', true, true), 'accepted', 'activated'),
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': ok(state('declined', true, false), 'declined'),
    'decline by host': ok(state('declined', true, false), 'declined'),
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': ok(state('expired', true, false), 'expired'),
    'expire before TTL': 'not-expired-yet',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
  'proposed (host accepted)': {
    'accept by migrant': ok(state('active', true, true), 'accepted', 'activated'),
    'accept by host': 'already-accepted',
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': ok(state('declined', false, true), 'declined'),
    'decline by host': ok(state('declined', false, true), 'declined'),
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': ok(state('expired', false, true), 'expired'),
    'expire before TTL': 'not-expired-yet',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
  active: {
    'accept by migrant': 'already-accepted',
    'accept by host': 'already-accepted',
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': 'invalid-transition',
    'decline by host': 'invalid-transition',
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': 'invalid-transition',
    'expire before TTL': 'invalid-transition',
    'end by migrant': ok(state('ended', true, true), 'ended'),
    'end by host': ok(state('ended', true, true), 'ended'),
    'end by staff': ok(state('ended', true, true), 'ended'),
    'end by system': ok(state('ended', true, true), 'ended'),
  },
  declined: {
    'accept by migrant': 'invalid-transition',
    'accept by host': 'invalid-transition',
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': 'invalid-transition',
    'decline by host': 'invalid-transition',
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': 'invalid-transition',
    'expire before TTL': 'invalid-transition',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
  expired: {
    'accept by migrant': 'invalid-transition',
    'accept by host': 'invalid-transition',
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': 'invalid-transition',
    'decline by host': 'invalid-transition',
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': 'invalid-transition',
    'expire before TTL': 'invalid-transition',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
  ended: {
    'accept by migrant': 'invalid-transition',
    'accept by host': 'invalid-transition',
    'accept by staff': 'actor-not-allowed',
    'accept by system': 'actor-not-allowed',
    'decline by migrant': 'invalid-transition',
    'decline by host': 'invalid-transition',
    'decline by staff': 'actor-not-allowed',
    'expire after TTL': 'invalid-transition',
    'expire before TTL': 'invalid-transition',
    'end by migrant': 'invalid-transition',
    'end by host': 'invalid-transition',
    'end by staff': 'invalid-transition',
    'end by system': 'invalid-transition',
  },
};

const TABLE = SNAPSHOTS.flatMap((s) =>
  EVENTS.map((e) => {
    const expected = EXPECTATIONS[s.name]?.[e.name];
    if (expected === undefined) throw new Error(`missing expectation for ${s.name} × ${e.name}`);
    return { snapshotName: s.name, eventName: e.name, snapshot: s.value, event: e.value, expected };
  }),
);

describe('applyMatchEvent — every (status × event) pair', () => {
  it('covers every status', () => {
    const covered = new Set(SNAPSHOTS.map((s) => s.value.status));
    expect([...covered].sort()).toEqual([...MATCH_STATUSES].sort());
  });

  it.each(TABLE)('$snapshotName × $eventName', ({ snapshot: snap, event, expected }) => {
    const result = applyMatchEvent(snap, event);
    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: false, code: expected, message: expect.any(String) });
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    } else {
      expect(result).toEqual({ ok: true, next: expected.next, effects: expected.effects });
    }
  });
});

describe('applyMatchEvent — messages and details', () => {
  it('explains a repeated accept clearly', () => {
    const result = applyMatchEvent(snapshot('proposed', false, true), { type: 'accept', by: 'host' });
    expect(result).toEqual({
      ok: false,
      code: 'already-accepted',
      message: 'The host has already accepted this match; accepting twice is not allowed.',
    });
  });

  it('names the status in an invalid-transition message', () => {
    const result = applyMatchEvent(snapshot('ended', true, true), { type: 'end', by: 'staff' });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-transition',
      message: 'This match is ended, so it cannot be ended.',
    });
  });

  it('activates regardless of acceptance order (host first, then migrant)', () => {
    const first = applyMatchEvent(snapshot('proposed'), { type: 'accept', by: 'host' });
    if (!first.ok) throw new Error(first.message);
    const second = applyMatchEvent({ ...first.next, createdAt: CREATED_AT }, { type: 'accept', by: 'migrant' });
    expect(second).toEqual({
      ok: true,
      next: { status: 'active', acceptedByMigrant: true, acceptedByHost: true },
      effects: ['accepted', 'activated'],
    });
  });

  it('does not leak createdAt into next state', () => {
    const result = applyMatchEvent(snapshot('proposed'), { type: 'accept', by: 'migrant' });
    expect(result.ok && Object.keys(result.next).sort()).toEqual(['acceptedByHost', 'acceptedByMigrant', 'status']);
  });

  it.each([
    { type: 'accept', by: 'migrant' },
    { type: 'decline', by: 'host' },
  ] as const)('refuses $type on a proposal past its TTL when an expiry check is given', (event) => {
    const result = applyMatchEvent(snapshot('proposed'), {
      ...event,
      expiryCheck: { now: AFTER_TTL, ttlDays: TTL_DAYS },
    });
    expect(result).toMatchObject({ ok: false, code: 'proposal-expired' });
  });

  it('allows accept within the TTL when an expiry check is given', () => {
    const result = applyMatchEvent(snapshot('proposed'), {
      type: 'accept',
      by: 'migrant',
      expiryCheck: { now: BEFORE_TTL, ttlDays: TTL_DAYS },
    });
    expect(result.ok).toBe(true);
  });
});

describe('isProposalExpired', () => {
  it.each([
    { now: '2026-05-01T12:00:00Z', ttlDays: 7, expired: false },
    { now: '2026-05-08T11:59:59.999Z', ttlDays: 7, expired: false },
    { now: '2026-05-08T12:00:00Z', ttlDays: 7, expired: true },
    { now: '2026-06-01T00:00:00Z', ttlDays: 7, expired: true },
    { now: '2026-05-01T12:00:00Z', ttlDays: 0, expired: true },
    { now: '2026-05-02T00:00:00Z', ttlDays: 0.5, expired: true },
  ])('created 2026-05-01T12:00Z, now $now, ttl $ttlDays d → $expired', ({ now, ttlDays, expired }) => {
    expect(isProposalExpired(CREATED_AT, new Date(now), ttlDays)).toBe(expired);
  });

  it('counts 24-hour days across a DST change (Europe, 2026-03-29)', () => {
    const created = new Date('2026-03-28T12:00:00Z');
    expect(isProposalExpired(created, new Date('2026-03-29T11:59:59Z'), 1)).toBe(false);
    expect(isProposalExpired(created, new Date('2026-03-29T12:00:00Z'), 1)).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects ttlDays %p', (ttlDays) => {
    expect(() => isProposalExpired(CREATED_AT, AFTER_TTL, ttlDays)).toThrow(RangeError);
  });
});

describe('matchErrorKind', () => {
  it.each([
    ['invalid-transition', 'conflict'],
    ['already-accepted', 'conflict'],
    ['not-expired-yet', 'conflict'],
    ['proposal-expired', 'conflict'],
    ['actor-not-allowed', 'forbidden'],
  ] as const)('%s → %s', (code, kind) => {
    expect(matchErrorKind(code)).toBe(kind);
  });
});
