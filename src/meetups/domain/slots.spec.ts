import { findCommonSlots, type BusyInterval, type SlotPerson, type WeeklyWindow } from './slots.js';

/*
 * Expected values are worked out by hand from the real UTC offsets:
 *   Europe/Amsterdam   CET +01:00, CEST +02:00; 2026 switches at 01:00Z on 03-29 and 10-25.
 *   America/New_York   EST −05:00, EDT −04:00; 2026 switches at 07:00Z on 03-08 and 06:00Z on 11-01.
 *   America/Los_Angeles PST −08:00 (January).
 *   Pacific/Auckland   NZDT +13:00 (January).
 *   Asia/Kolkata +05:30 and Asia/Kathmandu +05:45 (no DST).
 * 2026-01-11 and 2026-03-29 are Sundays; 2026-03-06 is a Friday; 2026-03-18 and 2026-10-28 are Wednesdays.
 */

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function daily(start: string, end: string): WeeklyWindow[] {
  return EVERY_DAY.map((day) => ({ day, start, end }));
}

function person(timezone: string, availability: WeeklyWindow[], busy: BusyInterval[] = []): SlotPerson {
  return { timezone, availability, busy };
}

function busy(start: string, end: string): BusyInterval {
  return { start: new Date(start), end: new Date(end) };
}

function starts(
  people: SlotPerson[],
  from: string,
  to: string,
  options: { durationMinutes?: number; stepMinutes?: number; limit?: number } = {},
): string[] {
  return findCommonSlots({ people, from: new Date(from), to: new Date(to), ...options }).map((slot) =>
    slot.startsAt.toISOString(),
  );
}

describe('findCommonSlots — Europe/Amsterdam around DST changes', () => {
  const eveningsInAmsterdam = daily('18:00', '21:00');

  it.each([
    {
      name: 'Saturday before spring forward (CET): 18:00–21:00 = 17:00–20:00Z',
      from: '2026-03-28T00:00:00Z',
      to: '2026-03-29T00:00:00Z',
      expected: ['17:00', '17:30', '18:00', '18:30', '19:00'].map((t) => `2026-03-28T${t}:00.000Z`),
    },
    {
      name: 'Sunday of spring forward (CEST): 18:00–21:00 = 16:00–19:00Z',
      from: '2026-03-29T00:00:00Z',
      to: '2026-03-30T00:00:00Z',
      expected: ['16:00', '16:30', '17:00', '17:30', '18:00'].map((t) => `2026-03-29T${t}:00.000Z`),
    },
    {
      name: 'Saturday before fall back (CEST): 18:00–21:00 = 16:00–19:00Z',
      from: '2026-10-24T00:00:00Z',
      to: '2026-10-25T00:00:00Z',
      expected: ['16:00', '16:30', '17:00', '17:30', '18:00'].map((t) => `2026-10-24T${t}:00.000Z`),
    },
    {
      name: 'Sunday of fall back (CET): 18:00–21:00 = 17:00–20:00Z',
      from: '2026-10-25T00:00:00Z',
      to: '2026-10-26T00:00:00Z',
      expected: ['17:00', '17:30', '18:00', '18:30', '19:00'].map((t) => `2026-10-25T${t}:00.000Z`),
    },
  ])('$name', ({ from, to, expected }) => {
    const people = [person('Europe/Amsterdam', eveningsInAmsterdam), person('Europe/Amsterdam', eveningsInAmsterdam)];
    expect(starts(people, from, to)).toEqual(expected);
  });

  it('spans the spring-forward weekend in one query, soonest first', () => {
    const people = [person('Europe/Amsterdam', eveningsInAmsterdam)];
    expect(starts(people, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', { durationMinutes: 180 })).toEqual([
      '2026-03-28T17:00:00.000Z',
      '2026-03-29T16:00:00.000Z',
    ]);
  });

  // Spring forward 2026-03-29: local 02:00–03:00 does not exist; 01:00Z is the transition instant.
  it.each([
    {
      name: 'window 02:00–04:00 starts in the gap → 01:00Z–02:00Z (one real hour)',
      window: { start: '02:00', end: '04:00' },
      duration: 60,
      expected: ['2026-03-29T01:00:00.000Z'],
    },
    {
      name: 'window 02:30–03:30 starts in the gap → 01:00Z–01:30Z',
      window: { start: '02:30', end: '03:30' },
      duration: 30,
      expected: ['2026-03-29T01:00:00.000Z'],
    },
    {
      name: 'window 01:00–02:30 ends in the gap → 00:00Z–01:00Z',
      window: { start: '01:00', end: '02:30' },
      duration: 60,
      expected: ['2026-03-29T00:00:00.000Z'],
    },
    {
      name: 'window 02:15–02:45 lies wholly in the gap → nothing',
      window: { start: '02:15', end: '02:45' },
      duration: 15,
      expected: [],
    },
  ])('$name', ({ window, duration, expected }) => {
    const people = [person('Europe/Amsterdam', [{ day: 7, ...window }])];
    const result = starts(people, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z', {
      durationMinutes: duration,
      stepMinutes: 15,
    });
    expect(result).toEqual(expected);
  });

  // Fall back 2026-10-25: local 02:00–03:00 happens twice, 00:00–01:00Z (CEST) and 01:00–02:00Z (CET).
  it.each([
    {
      name: 'window 01:00–04:00 → 23:00Z (Sat) – 03:00Z: four real hours',
      window: { start: '01:00', end: '04:00' },
      duration: 60,
      expected: [
        '2026-10-24T23:00:00.000Z',
        '2026-10-24T23:30:00.000Z',
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T00:30:00.000Z',
        '2026-10-25T01:00:00.000Z',
        '2026-10-25T01:30:00.000Z',
        '2026-10-25T02:00:00.000Z',
      ],
    },
    {
      name: 'ambiguous start 02:30 takes the earlier occurrence → 00:30Z–02:30Z',
      window: { start: '02:30', end: '03:30' },
      duration: 60,
      expected: ['2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T01:30:00.000Z'],
    },
    {
      name: 'ambiguous start and end take the earlier occurrences → 00:00Z–00:30Z',
      window: { start: '02:00', end: '02:30' },
      duration: 30,
      expected: ['2026-10-25T00:00:00.000Z'],
    },
  ])('$name', ({ window, duration, expected }) => {
    const people = [person('Europe/Amsterdam', [{ day: 7, ...window }])];
    expect(starts(people, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z', { durationMinutes: duration })).toEqual(
      expected,
    );
  });

  it('places a window ending at "24:00" up to local midnight (CEST 22:00–24:00 = 20:00–22:00Z)', () => {
    const people = [person('Europe/Amsterdam', [{ day: 6, start: '22:00', end: '24:00' }])];
    expect(starts(people, '2026-06-06T00:00:00Z', '2026-06-07T00:00:00Z', { durationMinutes: 120 })).toEqual([
      '2026-06-06T20:00:00.000Z',
    ]);
  });
});

describe('findCommonSlots — Amsterdam and New York, whose DST changes differ', () => {
  const amsterdam = person('Europe/Amsterdam', daily('15:00', '17:00'));
  const newYork = person('America/New_York', daily('09:00', '11:00'));

  it.each([
    {
      name: 'Fri 2026-03-06, both standard time: 14:00–16:00Z ∩ 14:00–16:00Z',
      day: '2026-03-06',
      expected: ['14:00', '14:30', '15:00'],
    },
    {
      name: 'Wed 2026-03-18, New York already EDT: 14:00–16:00Z ∩ 13:00–15:00Z',
      day: '2026-03-18',
      expected: ['14:00'],
    },
    {
      name: 'Wed 2026-04-01, both summer time: 13:00–15:00Z ∩ 13:00–15:00Z',
      day: '2026-04-01',
      expected: ['13:00', '13:30', '14:00'],
    },
    {
      name: 'Wed 2026-10-28, Amsterdam back to CET, New York still EDT: 14:00–16:00Z ∩ 13:00–15:00Z',
      day: '2026-10-28',
      expected: ['14:00'],
    },
    {
      name: 'Wed 2026-11-04, both standard time again: 14:00–16:00Z ∩ 14:00–16:00Z',
      day: '2026-11-04',
      expected: ['14:00', '14:30', '15:00'],
    },
  ])('$name', ({ day, expected }) => {
    const result = starts([amsterdam, newYork], `${day}T00:00:00Z`, `${day}T23:59:00Z`);
    expect(result).toEqual(expected.map((time) => `${day}T${time}:00.000Z`));
  });

  it('returns slots with endsAt = startsAt + duration', () => {
    const slots = findCommonSlots({
      people: [amsterdam, newYork],
      from: new Date('2026-03-06T00:00:00Z'),
      to: new Date('2026-03-07T00:00:00Z'),
      durationMinutes: 90,
    });
    expect(slots.map((slot) => [slot.startsAt.toISOString(), slot.endsAt.toISOString()])).toEqual([
      ['2026-03-06T14:00:00.000Z', '2026-03-06T15:30:00.000Z'],
      ['2026-03-06T14:30:00.000Z', '2026-03-06T16:00:00.000Z'],
    ]);
  });

  it('merges touching windows of one person', () => {
    const splitAmsterdam = person('Europe/Amsterdam', [
      { day: 5, start: '15:00', end: '16:00' },
      { day: 5, start: '16:00', end: '17:00' },
    ]);
    expect(starts([splitAmsterdam, newYork], '2026-03-06T00:00:00Z', '2026-03-07T00:00:00Z')).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-06T14:30:00.000Z',
      '2026-03-06T15:00:00.000Z',
    ]);
  });
});

describe('findCommonSlots — busy time', () => {
  const amsterdam = daily('15:00', '17:00'); // Fri 2026-03-06: 14:00–16:00Z
  const newYork = daily('09:00', '11:00'); // Fri 2026-03-06: 14:00–16:00Z
  const from = '2026-03-06T00:00:00Z';
  const to = '2026-03-07T00:00:00Z';

  it.each([
    {
      name: 'a meetup 14:30–15:00Z of one person removes every slot overlapping it',
      amsterdamBusy: [],
      newYorkBusy: [busy('2026-03-06T14:30:00Z', '2026-03-06T15:00:00Z')],
      expected: ['2026-03-06T15:00:00.000Z'],
    },
    {
      name: 'busy intervals that only touch the slots (end at 14:00Z, start at 16:00Z) remove nothing',
      amsterdamBusy: [busy('2026-03-06T13:00:00Z', '2026-03-06T14:00:00Z')],
      newYorkBusy: [busy('2026-03-06T16:00:00Z', '2026-03-06T17:00:00Z')],
      expected: ['2026-03-06T14:00:00.000Z', '2026-03-06T14:30:00.000Z', '2026-03-06T15:00:00.000Z'],
    },
    {
      name: 'busy time of both people combines',
      amsterdamBusy: [busy('2026-03-06T14:00:00Z', '2026-03-06T14:10:00Z')],
      newYorkBusy: [busy('2026-03-06T15:50:00Z', '2026-03-06T16:00:00Z')],
      expected: ['2026-03-06T14:30:00.000Z'],
    },
    {
      name: 'a busy interval with end before start is ignored',
      amsterdamBusy: [busy('2026-03-06T16:00:00Z', '2026-03-06T14:00:00Z')],
      newYorkBusy: [],
      expected: ['2026-03-06T14:00:00.000Z', '2026-03-06T14:30:00.000Z', '2026-03-06T15:00:00.000Z'],
    },
    {
      name: 'busy time covering the whole overlap leaves nothing',
      amsterdamBusy: [busy('2026-03-06T13:00:00Z', '2026-03-06T17:00:00Z')],
      newYorkBusy: [],
      expected: [],
    },
  ])('$name', ({ amsterdamBusy, newYorkBusy, expected }) => {
    const people = [
      person('Europe/Amsterdam', amsterdam, amsterdamBusy),
      person('America/New_York', newYork, newYorkBusy),
    ];
    expect(starts(people, from, to)).toEqual(expected);
  });
});

describe('findCommonSlots — windows on a different UTC day, and off-grid zones', () => {
  it('Monday 07:00–09:00 Auckland (NZDT) = Sunday 18:00–20:00Z = Sunday 19:00–21:00 Amsterdam (CET)', () => {
    const auckland = person('Pacific/Auckland', [{ day: 1, start: '07:00', end: '09:00' }]);
    const amsterdam = person('Europe/Amsterdam', [{ day: 7, start: '19:00', end: '21:00' }]);
    expect(starts([auckland, amsterdam], '2026-01-11T00:00:00Z', '2026-01-12T00:00:00Z')).toEqual([
      '2026-01-11T18:00:00.000Z',
      '2026-01-11T18:30:00.000Z',
      '2026-01-11T19:00:00.000Z',
    ]);
  });

  it('Sunday 20:00–23:00 in Los Angeles (PST) is Monday 04:00–07:00Z; Kolkata +05:30 stays on the grid', () => {
    const losAngeles = person('America/Los_Angeles', [{ day: 7, start: '20:00', end: '23:00' }]);
    const kolkata = person('Asia/Kolkata', [{ day: 1, start: '10:00', end: '12:00' }]); // 04:30–06:30Z
    expect(starts([losAngeles, kolkata], '2026-01-11T00:00:00Z', '2026-01-13T00:00:00Z')).toEqual([
      '2026-01-12T04:30:00.000Z',
      '2026-01-12T05:00:00.000Z',
      '2026-01-12T05:30:00.000Z',
    ]);
  });

  const losAngeles = person('America/Los_Angeles', [{ day: 7, start: '20:00', end: '23:00' }]); // Mon 04:00–07:00Z
  const kathmandu = person('Asia/Kathmandu', [{ day: 1, start: '10:00', end: '12:00' }]); // Mon 04:15–06:15Z

  it('Kathmandu +05:45 is off the 30-minute UTC grid: its window start 04:15Z is skipped', () => {
    expect(starts([losAngeles, kathmandu], '2026-01-11T00:00:00Z', '2026-01-13T00:00:00Z')).toEqual([
      '2026-01-12T04:30:00.000Z',
      '2026-01-12T05:00:00.000Z',
    ]);
  });

  it('a 15-minute step reaches Kathmandu quarter hours', () => {
    expect(
      starts([losAngeles, kathmandu], '2026-01-11T00:00:00Z', '2026-01-13T00:00:00Z', { stepMinutes: 15 }),
    ).toEqual([
      '2026-01-12T04:15:00.000Z',
      '2026-01-12T04:30:00.000Z',
      '2026-01-12T04:45:00.000Z',
      '2026-01-12T05:00:00.000Z',
      '2026-01-12T05:15:00.000Z',
    ]);
  });
});

describe('findCommonSlots — range, limit and empty results', () => {
  const amsterdam = person('Europe/Amsterdam', daily('15:00', '17:00'));
  const newYork = person('America/New_York', daily('09:00', '11:00'));

  it('keeps slots fully inside [from, to]', () => {
    expect(starts([amsterdam, newYork], '2026-03-06T14:15:00Z', '2026-03-06T15:45:00Z')).toEqual([
      '2026-03-06T14:30:00.000Z',
    ]);
  });

  it('allows a slot that starts exactly at from and ends exactly at to', () => {
    expect(starts([amsterdam, newYork], '2026-03-06T14:00:00Z', '2026-03-06T15:00:00Z')).toEqual([
      '2026-03-06T14:00:00.000Z',
    ]);
  });

  it('caps the result at limit, soonest first across days', () => {
    expect(starts([amsterdam, newYork], '2026-03-02T00:00:00Z', '2026-03-07T00:00:00Z', { limit: 4 })).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-02T14:30:00.000Z',
      '2026-03-02T15:00:00.000Z',
      '2026-03-03T14:00:00.000Z',
    ]);
  });

  it('defaults the limit to 50', () => {
    const anytime = person('UTC', daily('00:00', '24:00'));
    expect(starts([anytime], '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toHaveLength(50);
  });

  it.each([
    {
      name: 'windows that never overlap (09:00 Amsterdam = 08:00Z, 09:00 New York = 14:00Z)',
      people: [
        person('Europe/Amsterdam', daily('09:00', '10:00')),
        person('America/New_York', daily('09:00', '10:00')),
      ],
    },
    {
      name: 'an overlap shorter than the duration',
      people: [
        person('Europe/Amsterdam', daily('15:00', '15:45')),
        person('America/New_York', daily('09:00', '11:00')),
      ],
    },
    {
      name: 'a person without availability',
      people: [amsterdam, person('America/New_York', [])],
    },
    { name: 'nobody', people: [] },
    { name: 'an unknown timezone', people: [amsterdam, person('Mars/Olympus_Mons', daily('09:00', '11:00'))] },
    {
      name: 'only malformed windows',
      people: [
        amsterdam,
        person('America/New_York', [
          { day: 5, start: '11:00', end: '09:00' },
          { day: 5, start: '9:00', end: '11:00' },
          { day: 5, start: '09:60', end: '11:00' },
          { day: 8, start: '09:00', end: '11:00' },
        ]),
      ],
    },
  ])('is empty for $name', ({ people }) => {
    expect(starts(people, '2026-03-06T00:00:00Z', '2026-03-07T00:00:00Z')).toEqual([]);
  });

  it('is empty when from is not before to', () => {
    expect(starts([amsterdam, newYork], '2026-03-07T00:00:00Z', '2026-03-06T00:00:00Z')).toEqual([]);
  });

  it.each([
    { durationMinutes: 0 },
    { durationMinutes: 30.5 },
    { stepMinutes: 0 },
    { limit: 0 },
    { limit: -1 },
  ])('rejects invalid options %p', (options) => {
    expect(() => starts([amsterdam], '2026-03-06T00:00:00Z', '2026-03-07T00:00:00Z', options)).toThrow(RangeError);
  });
});
