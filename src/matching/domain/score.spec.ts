import type {
  AvailabilityWindow,
  Gender,
  LanguageLevel,
  MatchingPerson,
  Reason,
  ReasonFactor,
  SpokenLanguage,
} from './matching-person.js';
import { pairToScore } from './pair.js';
import {
  AVAILABILITY_SATURATION_MINUTES,
  languageName,
  ONLINE_DISTANCE_SCORE,
  roundKm,
  scorePair as scoreHandedOver,
  SCORE_WEIGHTS,
  type PairScore,
} from './score.js';
import { daysBeforeNow, makeHost, makeMigrant, TEST_NOW } from './test-factories.js';
import { createSeededRandom } from '../../shared-domain/seeded-random.js';

/** Scores a pair as evaluatePair hands it over (ineligible pairs included, to probe each factor). */
function scorePair(migrant: MatchingPerson, host: MatchingPerson, distanceKm: number | null, now: Date): PairScore {
  return scoreHandedOver(pairToScore(migrant, host, distanceKm), now);
}

function reasonFor(reasons: Reason[], factor: ReasonFactor): Reason {
  const found = reasons.find((r) => r.factor === factor);
  if (found === undefined) {
    throw new Error(`no ${factor} reason`);
  }
  return found;
}

function factorScore(migrant: MatchingPerson, host: MatchingPerson, factor: ReasonFactor, km: number | null = 1): number {
  return reasonFor(scorePair(migrant, host, km, TEST_NOW).reasons, factor).score;
}

describe('SCORE_WEIGHTS', () => {
  it('sums to 1 and has no negative weight', () => {
    const weights = Object.values(SCORE_WEIGHTS);
    expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 10);
    expect(weights.every((w) => w >= 0)).toBe(true);
  });
});

describe('scorePair', () => {
  it('returns one reason per factor in a fixed order and the weighted total', () => {
    const { score, reasons } = scorePair(makeMigrant(), makeHost(), 1, TEST_NOW);
    expect(reasons.map((r) => r.factor)).toEqual(['language', 'distance', 'interests', 'availability', 'waiting']);
    const weighted = reasons.reduce((sum, r) => sum + SCORE_WEIGHTS[r.factor] * r.score, 0);
    expect(score).toBeCloseTo(Math.round(weighted * 1000) / 10, 10);
  });

  it('explains the default pair in plain English with translatable codes', () => {
    const { reasons } = scorePair(makeMigrant(), makeHost(), 3.2, TEST_NOW);
    expect(reasons.map(({ factor, detail, code, params }) => ({ factor, detail, code, params }))).toEqual([
      {
        factor: 'language',
        detail: 'You both speak English. One of you speaks Dutch natively, which the other wants to practise',
        code: 'language.sharedWithPractice',
        params: { languages: ['en'], practiceLanguage: 'nl', practiceLevel: 'native' },
      },
      { factor: 'distance', detail: '3 km apart', code: 'distance.km', params: { km: 3 } },
      {
        factor: 'interests',
        detail: 'Shared interests: cooking',
        code: 'interests.shared',
        params: { interests: ['cooking'] },
      },
      {
        factor: 'availability',
        detail: '2 h a week in common',
        code: 'availability.overlap',
        params: { minutes: 120 },
      },
      { factor: 'waiting', detail: 'Waiting for 12 days', code: 'waiting.days', params: { days: 12 } },
    ]);
  });
});

describe('language factor', () => {
  const speaking = (...languages: SpokenLanguage[]): Partial<MatchingPerson> => ({ languages, learning: [] });

  it('uses the weaker level of a shared language', () => {
    const migrant = makeMigrant(speaking({ code: 'ar', level: 'native' }));
    expect(factorScore(migrant, makeHost(speaking({ code: 'ar', level: 'basic' })), 'language')).toBe(0.4);
    expect(factorScore(migrant, makeHost(speaking({ code: 'ar', level: 'fluent' })), 'language')).toBe(0.9);
  });

  it('takes the best shared language and names them all', () => {
    const migrant = makeMigrant(speaking({ code: 'fr', level: 'basic' }, { code: 'ar', level: 'native' }));
    const host = makeHost(speaking({ code: 'fr', level: 'native' }, { code: 'ar', level: 'conversational' }));
    const language = reasonFor(scorePair(migrant, host, 1, TEST_NOW).reasons, 'language');
    expect(language.score).toBe(0.7);
    expect(language.detail).toBe('You both speak Arabic and French');
    expect(language.params).toEqual({ languages: ['ar', 'fr'] });
  });

  it('adds a capped bonus when one can help the other practise', () => {
    const base = { code: 'en', level: 'native' } as const;
    const host = makeHost({ languages: [base, { code: 'nl', level: 'native' }], learning: [] });
    const without = factorScore(makeMigrant({ languages: [base], learning: [] }), host, 'language');
    const withPractice = factorScore(makeMigrant({ languages: [base], learning: ['nl'] }), host, 'language');
    expect(without).toBe(1);
    expect(withPractice).toBe(1);
    const conversational = { code: 'en', level: 'conversational' } as const;
    const practising = makeMigrant({ languages: [conversational], learning: ['nl'] });
    expect(factorScore(practising, host, 'language')).toBeGreaterThan(0.7);
  });

  it('works when the host is the learner, with neutral wording', () => {
    const migrant = makeMigrant({ languages: [{ code: 'en', level: 'basic' }, { code: 'ar', level: 'fluent' }], learning: [] });
    const host = makeHost({ languages: [{ code: 'en', level: 'native' }], learning: ['ar'] });
    const language = reasonFor(scorePair(migrant, host, 1, TEST_NOW).reasons, 'language');
    expect(language.detail).toBe('You both speak English. One of you speaks Arabic fluently, which the other wants to practise');
    expect(language.params).toMatchObject({ practiceLanguage: 'ar', practiceLevel: 'fluent' });
  });

  it('falls back to the raw code for languages Intl cannot name', () => {
    expect(languageName('ti')).toBe('Tigrinya');
    expect(languageName('not a code!')).toBe('not a code!');
  });
});

describe('distance factor', () => {
  it('decreases as people live further apart', () => {
    const scores = [0, 0.5, 2, 5, 9.9].map((km) => factorScore(makeMigrant(), makeHost(), 'distance', km));
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i += 1) {
      expect(scores[i]).toBeLessThan(scores[i - 1]);
    }
  });

  it('says "Less than 1 km apart" below a kilometre', () => {
    expect(reasonFor(scorePair(makeMigrant(), makeHost(), 0.4, TEST_NOW).reasons, 'distance')).toMatchObject({
      detail: 'Less than 1 km apart',
      code: 'distance.underOneKm',
    });
  });

  it('gives online-only pairs a fixed middle score', () => {
    const migrant = makeMigrant({ meetOnline: true, lat: null, lon: null });
    const host = makeHost({ meetOnline: true });
    const distance = reasonFor(scorePair(migrant, host, null, TEST_NOW).reasons, 'distance');
    expect(distance).toMatchObject({ score: ONLINE_DISTANCE_SCORE, detail: 'Meeting online', code: 'distance.online' });
    expect(factorScore(migrant, host, 'distance', 900)).toBe(ONLINE_DISTANCE_SCORE);
  });

  it('lets a close pair who also meet online keep the in-person score', () => {
    const online = { meetOnline: true };
    expect(factorScore(makeMigrant(online), makeHost(online), 'distance', 2)).toBeCloseTo(Math.exp(-2 / 15), 10);
  });
});

describe('roundKm', () => {
  it('rounds to whole kilometres', () => {
    expect(roundKm(3.4)).toBe(3);
    expect(roundKm(3.5)).toBe(4);
    expect(roundKm(57.49)).toBe(57);
  });

  it('never shows a positive distance as 0 km', () => {
    expect(roundKm(0.2)).toBe(1);
  });

  it('maps zero, negative and non-finite input to 0', () => {
    expect(roundKm(0)).toBe(0);
    expect(roundKm(-2)).toBe(0);
    expect(roundKm(Number.NaN)).toBe(0);
  });
});

describe('interests factor', () => {
  it('grows with every shared interest', () => {
    const hostInterests = ['cooking', 'gardening', 'football', 'chess', 'music'];
    const host = makeHost({ interests: hostInterests });
    const migrantInterests = ['cooking', 'gardening', 'football', 'hiking', 'sewing'];
    const scores = [0, 1, 2, 3].map((sharedCount) =>
      factorScore(makeMigrant({ interests: [...migrantInterests.slice(0, sharedCount), 'x', 'y', 'z'] }), host, 'interests'),
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(scores).size).toBe(scores.length);
    expect(scores[3]).toBe(1);
  });

  it('lists shared interests readably, or says there are none yet', () => {
    const migrant = makeMigrant({ interests: ['cooking', 'board_games', 'gardening'] });
    const host = makeHost({ interests: ['gardening', 'cooking', 'board_games'] });
    expect(reasonFor(scorePair(migrant, host, 1, TEST_NOW).reasons, 'interests').detail).toBe(
      'Shared interests: cooking, board games, gardening',
    );
    const none = reasonFor(scorePair(migrant, makeHost({ interests: [] }), 1, TEST_NOW).reasons, 'interests');
    expect(none).toMatchObject({ score: 0, detail: 'No shared interests yet', code: 'interests.none' });
  });
});

describe('availability factor', () => {
  const wednesdayEvening = (start: string, end: string): Partial<MatchingPerson> => ({
    availability: [{ day: 3, start, end }],
  });

  it('grows with weekly overlap and saturates', () => {
    const host = makeHost({ availability: [{ day: 3, start: '08:00', end: '23:00' }] });
    const oneHour = factorScore(makeMigrant(wednesdayEvening('18:00', '19:00')), host, 'availability');
    const fourHours = factorScore(makeMigrant(wednesdayEvening('15:00', '19:00')), host, 'availability');
    const tenHours = factorScore(makeMigrant(wednesdayEvening('09:00', '19:00')), host, 'availability');
    expect(oneHour).toBeCloseTo(60 / AVAILABILITY_SATURATION_MINUTES, 10);
    expect(fourHours).toBeGreaterThan(oneHour);
    expect(tenHours).toBe(1);
  });

  it('describes the overlap in hours or minutes', () => {
    const host = makeHost(wednesdayEvening('18:00', '23:00'));
    const detailFor = (start: string, end: string): string =>
      reasonFor(scorePair(makeMigrant(wednesdayEvening(start, end)), host, 1, TEST_NOW).reasons, 'availability').detail;
    expect(detailFor('18:00', '22:00')).toBe('4 h a week in common');
    expect(detailFor('18:00', '19:30')).toBe('1.5 h a week in common');
    expect(detailFor('18:00', '18:45')).toBe('45 min a week in common');
    expect(detailFor('08:00', '09:00')).toBe('No free time in common yet');
  });
});

describe('waiting factor', () => {
  it('rises with the longer wait of the two and saturates', () => {
    const host = makeHost({ waitingSince: TEST_NOW });
    const scores = [0, 5, 30, 59].map((days) =>
      factorScore(makeMigrant({ waitingSince: daysBeforeNow(days) }), host, 'waiting'),
    );
    expect(scores[0]).toBe(0);
    for (let i = 1; i < scores.length; i += 1) {
      expect(scores[i]).toBeGreaterThan(scores[i - 1]);
    }
    expect(factorScore(makeMigrant({ waitingSince: daysBeforeNow(400) }), host, 'waiting')).toBe(1);
  });

  it('counts a host who has waited longer than the migrant', () => {
    const migrant = makeMigrant({ waitingSince: daysBeforeNow(2) });
    const waiting = reasonFor(scorePair(migrant, makeHost({ waitingSince: daysBeforeNow(30) }), 1, TEST_NOW).reasons, 'waiting');
    expect(waiting).toMatchObject({ score: 0.5, detail: 'Waiting for 30 days', params: { days: 30 } });
  });

  it('treats a future start as no wait', () => {
    const future = new Date(TEST_NOW.getTime() + 86_400_000);
    const waiting = reasonFor(
      scorePair(makeMigrant({ waitingSince: future }), makeHost({ waitingSince: future }), 1, TEST_NOW).reasons,
      'waiting',
    );
    expect(waiting).toMatchObject({ score: 0, detail: 'Started waiting today' });
  });
});

// Property test with a seeded generator so failures are reproducible.
describe('scorePair on random people', () => {
  const random = createSeededRandom(20250611);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], max: number): T[] =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items));

  const LANGS = ['ar', 'nl', 'en', 'fr', 'ti', 'uk', 'prs', 'so'];
  const LEVELS: readonly LanguageLevel[] = ['basic', 'conversational', 'fluent', 'native'];
  const GENDERS: readonly Gender[] = ['female', 'male', 'nonbinary', 'unspecified'];
  const INTERESTS = ['cooking', 'gardening', 'football', 'chess', 'music', 'hiking'];
  const ZONES = ['Europe/Amsterdam', 'Europe/London', 'Asia/Kabul', 'America/New_York', 'Pacific/Auckland', 'UTC'];

  function randomWindow(): AvailabilityWindow {
    const start = Math.floor(random() * 23);
    const end = start + 1 + Math.floor(random() * (24 - start));
    const clock = (hour: number): string => `${String(hour).padStart(2, '0')}:${pick(['00', '30'])}`;
    return { day: 1 + Math.floor(random() * 7), start: clock(start), end: end === 24 ? '24:00' : clock(end) };
  }

  function randomPerson(base: MatchingPerson): MatchingPerson {
    return {
      ...base,
      gender: pick(GENDERS),
      meetOnline: random() < 0.5,
      maxDistanceKm: random() * 80,
      languages: some(LANGS, 4).map((code) => ({ code, level: pick(LEVELS) })),
      learning: some(LANGS, 3),
      interests: some(INTERESTS, 6),
      availability: Array.from({ length: Math.floor(random() * 6) }, randomWindow),
      timezone: pick(ZONES),
      waitingSince: daysBeforeNow(random() * 200 - 20),
    };
  }

  it('keeps the total in 0..100 and every factor in 0..1', () => {
    for (let run = 0; run < 300; run += 1) {
      const distanceKm = random() < 0.2 ? null : random() * 120;
      const nowOffsetDays = Math.floor(random() * 365);
      const now = new Date(TEST_NOW.getTime() + nowOffsetDays * 86_400_000);
      const { score, reasons } = scorePair(randomPerson(makeMigrant()), randomPerson(makeHost()), distanceKm, now);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expect(Math.round(score * 10) / 10).toBe(score);
      expect(reasons).toHaveLength(5);
      for (const r of reasons) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.detail.length).toBeGreaterThan(0);
      }
    }
  });
});
