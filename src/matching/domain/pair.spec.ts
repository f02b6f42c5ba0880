import type { Gender, LanguageLevel, MatchingPerson, PartnerGender } from './matching-person.js';
import {
  evaluateMeasuredPair,
  evaluatePair,
  fitsGenderPreference,
  haversineKm,
  INELIGIBILITY_MESSAGES,
  isFreeForProposal,
  kmBetween,
  pairToScore,
  sharedLanguages,
  withinInPersonReach,
  withinReach,
  type IneligibilityReason,
  type PairEvaluation,
  type PairFacts,
  type PairSide,
} from './pair.js';
import { scorePair } from './score.js';
import { makeHost, makeMigrant, sideOf, TEST_NOW } from './test-factories.js';
import { createSeededRandom } from '../../shared-domain/seeded-random.js';

const AMSTERDAM = { lat: 52.3676, lon: 4.9041 };
const ROTTERDAM = { lat: 51.9244, lon: 4.4777 };
const UTRECHT = { lat: 52.0907, lon: 5.1214 };

const NOT_EXCLUDED: PairFacts = { excluded: false };

function evaluate(migrant: PairSide, host: PairSide, facts: PairFacts = NOT_EXCLUDED, distanceKm: number | null = 1): PairEvaluation {
  return evaluateMeasuredPair(migrant, host, facts, distanceKm, TEST_NOW);
}

function refusal(evaluation: PairEvaluation): IneligibilityReason | null {
  return evaluation.eligible ? null : evaluation.reason;
}

describe('evaluatePair: the baseline', () => {
  it('accepts the default migrant and host, measuring, ordering and scoring them', () => {
    const migrant = sideOf(makeMigrant());
    const host = sideOf(makeHost());
    const evaluation = evaluatePair(migrant, host, NOT_EXCLUDED, TEST_NOW);
    const distanceKm = kmBetween(migrant.person, host.person);
    expect(distanceKm).toBeGreaterThan(0.9);
    expect(distanceKm).toBeLessThan(1.1);
    expect(evaluation).toEqual({
      eligible: true,
      migrant,
      host,
      distanceKm,
      ...scorePair(pairToScore(migrant.person, host.person, distanceKm), TEST_NOW),
    });
  });

  it('gives the same answer whichever side asks', () => {
    const migrant = sideOf(makeMigrant());
    const host = sideOf(makeHost());
    const fromMigrant = evaluatePair(migrant, host, NOT_EXCLUDED, TEST_NOW);
    const fromHost = evaluatePair(host, migrant, NOT_EXCLUDED, TEST_NOW);
    expect(fromHost).toEqual(fromMigrant);
    expect(fromHost).toMatchObject({ migrant: { person: { role: 'migrant' } }, host: { person: { role: 'host' } } });
  });

  it('scores with the distance it is given, measuring nothing itself', () => {
    const evaluation = evaluateMeasuredPair(sideOf(makeMigrant()), sideOf(makeHost()), NOT_EXCLUDED, 7.4, TEST_NOW);
    expect(evaluation).toMatchObject({ eligible: true, distanceKm: 7.4 });
    if (!evaluation.eligible) throw new Error('expected eligible');
    expect(evaluation.reasons.find((r) => r.factor === 'distance')).toMatchObject({ detail: '7 km apart', params: { km: 7 } });
  });

  it('reports the distance of a refused pair too', () => {
    expect(evaluate(sideOf(makeMigrant()), sideOf(makeHost(), { verified: false }), NOT_EXCLUDED, 3)).toEqual({
      eligible: false,
      reason: 'host-not-verified',
      message: INELIGIBILITY_MESSAGES['host-not-verified'],
      distanceKm: 3,
    });
  });
});

interface SingleRuleCase {
  name: string;
  migrant?: Partial<MatchingPerson>;
  host?: Partial<MatchingPerson>;
  migrantSide?: Partial<Omit<PairSide, 'person'>>;
  hostSide?: Partial<Omit<PairSide, 'person'>>;
  facts?: PairFacts;
  distanceKm?: number | null;
  expected: IneligibilityReason;
}

// Each case breaks exactly one clause of the contract's "eligible pair" on top of an eligible baseline.
const SINGLE_RULE_CASES: SingleRuleCase[] = [
  { name: 'two migrants', host: { role: 'migrant' }, expected: 'not-migrant-host-pair' },
  { name: 'two hosts', migrant: { role: 'host' }, migrantSide: { verified: true, openSlots: 1 }, expected: 'not-migrant-host-pair' },
  { name: 'an unverified host', hostSide: { verified: false }, expected: 'host-not-verified' },
  { name: 'a host whose required checks are missing or expired', hostSide: { checksCleared: false }, expected: 'host-checks-lapsed' },
  { name: 'an inactive or incomplete migrant', migrantSide: { activeWithCompleteProfile: false }, expected: 'inactive-or-incomplete' },
  { name: 'an inactive or incomplete host', hostSide: { activeWithCompleteProfile: false }, expected: 'inactive-or-incomplete' },
  { name: 'a pair declined or blocked before', facts: { excluded: true }, expected: 'pair-excluded' },
  { name: 'a migrant in a proposed or active match', migrantSide: { hasOpenMatch: true }, expected: 'migrant-already-matched' },
  { name: 'a host without an open slot', hostSide: { openSlots: 0 }, expected: 'host-full' },
  { name: 'a host over capacity', hostSide: { openSlots: -1 }, expected: 'host-full' },
  { name: 'no language in common', host: { languages: [{ code: 'nl', level: 'native' }] }, expected: 'no-shared-language' },
  { name: 'beyond the migrant radius', distanceKm: 12, expected: 'too-far' },
  { name: 'beyond the host radius', host: { maxDistanceKm: 0.5 }, expected: 'too-far' },
  { name: 'an unknown distance, not online', distanceKm: null, expected: 'too-far' },
  { name: 'only the migrant meets online, far apart', migrant: { meetOnline: true }, distanceKm: 800, expected: 'too-far' },
  { name: 'only the host meets online, far apart', host: { meetOnline: true }, distanceKm: 800, expected: 'too-far' },
  { name: 'the migrant wants the same gender', migrant: { partnerGender: 'same' }, host: { gender: 'male' }, expected: 'gender-preference' },
  { name: 'the host wants the same gender', host: { partnerGender: 'same', gender: 'male' }, expected: 'gender-preference' },
  {
    name: 'the host wants the same gender, the migrant stated none',
    migrant: { gender: 'unspecified' },
    host: { partnerGender: 'same' },
    expected: 'gender-preference',
  },
];

describe('evaluatePair: every clause of the contract', () => {
  it.each(SINGLE_RULE_CASES)('refuses $name', ({ migrant, host, migrantSide, hostSide, facts, distanceKm, expected }) => {
    const evaluation = evaluate(
      sideOf(makeMigrant(migrant), migrantSide),
      sideOf(makeHost(host), hostSide),
      facts,
      distanceKm === undefined ? 1 : distanceKm,
    );
    expect(evaluation).toEqual({ eligible: false, reason: expected, message: INELIGIBILITY_MESSAGES[expected], distanceKm: distanceKm === undefined ? 1 : distanceKm });
  });

  it('reports the first broken clause, in the order the rules are listed', () => {
    const everythingWrong = evaluate(
      sideOf(makeMigrant({ partnerGender: 'same', languages: [{ code: 'ti', level: 'native' }] }), { hasOpenMatch: true, activeWithCompleteProfile: false }),
      sideOf(makeHost({ gender: 'male' }), { verified: false, openSlots: 0 }),
      { excluded: true },
      500,
    );
    expect(refusal(everythingWrong)).toBe('host-not-verified');
    const order: Array<[IneligibilityReason, () => PairEvaluation]> = [
      ['inactive-or-incomplete', () => evaluate(sideOf(makeMigrant(), { activeWithCompleteProfile: false, hasOpenMatch: true }), sideOf(makeHost()), { excluded: true })],
      ['pair-excluded', () => evaluate(sideOf(makeMigrant(), { hasOpenMatch: true }), sideOf(makeHost(), { openSlots: 0 }), { excluded: true })],
      ['migrant-already-matched', () => evaluate(sideOf(makeMigrant(), { hasOpenMatch: true }), sideOf(makeHost(), { openSlots: 0 }))],
      ['host-full', () => evaluate(sideOf(makeMigrant({ languages: [] })), sideOf(makeHost(), { openSlots: 0 }))],
      ['no-shared-language', () => evaluate(sideOf(makeMigrant({ languages: [] })), sideOf(makeHost()), NOT_EXCLUDED, 500)],
      ['too-far', () => evaluate(sideOf(makeMigrant({ partnerGender: 'same' })), sideOf(makeHost({ gender: 'male' })), NOT_EXCLUDED, 500)],
    ];
    for (const [expected, run] of order) expect(refusal(run())).toBe(expected);
  });

  it('has an English sentence for every reason', () => {
    for (const message of Object.values(INELIGIBILITY_MESSAGES)) expect(message).toMatch(/^[A-Z].+\.$/);
  });
});

describe('reach', () => {
  const reaches = (migrant: Partial<MatchingPerson>, host: Partial<MatchingPerson>, distanceKm: number | null): boolean =>
    evaluate(sideOf(makeMigrant(migrant)), sideOf(makeHost(host)), NOT_EXCLUDED, distanceKm).eligible;

  it('accepts a distance exactly at the smaller radius, and refuses just beyond it', () => {
    expect(reaches({ maxDistanceKm: 10 }, { maxDistanceKm: 15 }, 10)).toBe(true);
    expect(reaches({ maxDistanceKm: 10 }, { maxDistanceKm: 15 }, 10.001)).toBe(false);
    expect(reaches({ maxDistanceKm: 20 }, { maxDistanceKm: 8 }, 8)).toBe(true);
    expect(reaches({ maxDistanceKm: 20 }, { maxDistanceKm: 8 }, 8.001)).toBe(false);
  });

  it('accepts any distance, even an unknown one, when both meet online', () => {
    expect(reaches({ meetOnline: true }, { meetOnline: true }, 800)).toBe(true);
    expect(reaches({ meetOnline: true, lat: null, lon: null }, { meetOnline: true }, null)).toBe(true);
  });

  it('measures from the coordinates: Amsterdam-Utrecht (34 km) is within 40 km radii only', () => {
    const near = (radius: number) =>
      evaluatePair(sideOf(makeMigrant({ ...AMSTERDAM, maxDistanceKm: radius })), sideOf(makeHost({ ...UTRECHT, maxDistanceKm: radius })), NOT_EXCLUDED, TEST_NOW);
    expect(near(40)).toMatchObject({ eligible: true });
    expect(near(30)).toMatchObject({ eligible: false, reason: 'too-far' });
    expect(near(30).distanceKm).toBeCloseTo(34.2, 0);
  });

  it('finds nobody near when a place is missing', () => {
    const evaluation = evaluatePair(sideOf(makeMigrant({ lat: null, lon: null })), sideOf(makeHost()), NOT_EXCLUDED, TEST_NOW);
    expect(evaluation).toMatchObject({ eligible: false, reason: 'too-far', distanceKm: null });
  });

  it('withinReach and withinInPersonReach agree with the rule', () => {
    const migrant = makeMigrant({ maxDistanceKm: 10 });
    const host = makeHost({ maxDistanceKm: 15 });
    expect(withinInPersonReach(migrant, host, 10)).toBe(true);
    expect(withinInPersonReach(migrant, host, null)).toBe(false);
    expect(withinReach({ ...migrant, meetOnline: true }, { ...host, meetOnline: true }, null)).toBe(true);
    expect(withinReach({ ...migrant, meetOnline: true }, host, 11)).toBe(false);
  });
});

describe('shared languages', () => {
  it('counts every level, basic included, on both sides', () => {
    const levels: LanguageLevel[] = ['basic', 'conversational', 'fluent', 'native'];
    for (const migrantLevel of levels) {
      for (const hostLevel of levels) {
        const evaluation = evaluate(
          sideOf(makeMigrant({ languages: [{ code: 'fa', level: migrantLevel }] })),
          sideOf(makeHost({ languages: [{ code: 'fa', level: hostLevel }] })),
        );
        expect(evaluation.eligible).toBe(true);
      }
    }
  });

  it('lists each shared language once with both levels', () => {
    const migrant = makeMigrant({ languages: [{ code: 'ar', level: 'native' }, { code: 'en', level: 'basic' }, { code: 'en', level: 'basic' }] });
    const host = makeHost({ languages: [{ code: 'en', level: 'fluent' }, { code: 'ar', level: 'basic' }] });
    expect(sharedLanguages(migrant, host)).toEqual([
      { code: 'ar', levelA: 'native', levelB: 'basic' },
      { code: 'en', levelA: 'basic', levelB: 'fluent' },
    ]);
  });

  it('ignores languages only one of them speaks or is learning', () => {
    const migrant = makeMigrant({ languages: [{ code: 'ti', level: 'native' }], learning: ['nl'] });
    const host = makeHost({ languages: [{ code: 'nl', level: 'native' }] });
    expect(sharedLanguages(migrant, host)).toEqual([]);
    expect(refusal(evaluate(sideOf(migrant), sideOf(host)))).toBe('no-shared-language');
  });
});

describe('partner gender', () => {
  it('lets "any" accept every gender, including unspecified', () => {
    const person = makeMigrant({ partnerGender: 'any', gender: 'unspecified' });
    expect(fitsGenderPreference(person, makeHost({ gender: 'unspecified' }))).toBe(true);
    expect(fitsGenderPreference(person, makeHost({ gender: 'male' }))).toBe(true);
  });

  it('lets "same" accept only the same stated gender', () => {
    const person = makeMigrant({ partnerGender: 'same', gender: 'nonbinary' });
    expect(fitsGenderPreference(person, makeHost({ gender: 'nonbinary' }))).toBe(true);
    expect(fitsGenderPreference(person, makeHost({ gender: 'female' }))).toBe(false);
  });

  it('never treats "unspecified" as a gender to match with "same"', () => {
    expect(fitsGenderPreference(makeMigrant({ partnerGender: 'same', gender: 'unspecified' }), makeHost({ gender: 'unspecified' }))).toBe(false);
    expect(fitsGenderPreference(makeMigrant({ partnerGender: 'same', gender: 'female' }), makeHost({ gender: 'unspecified' }))).toBe(false);
  });

  it('accepts two people who both ask for the same gender and share it', () => {
    const migrant = makeMigrant({ gender: 'male', partnerGender: 'same' });
    const host = makeHost({ gender: 'male', partnerGender: 'same' });
    expect(evaluate(sideOf(migrant), sideOf(host)).eligible).toBe(true);
  });
});

describe('isFreeForProposal', () => {
  it('asks a migrant for no open match and a host for an open slot', () => {
    expect(isFreeForProposal(sideOf(makeMigrant()))).toBe(true);
    expect(isFreeForProposal(sideOf(makeMigrant(), { hasOpenMatch: true }))).toBe(false);
    expect(isFreeForProposal(sideOf(makeHost(), { openSlots: 2 }))).toBe(true);
    expect(isFreeForProposal(sideOf(makeHost(), { openSlots: 0 }))).toBe(false);
    // Each role is asked only its own question.
    expect(isFreeForProposal(sideOf(makeMigrant(), { openSlots: 0 }))).toBe(true);
    expect(isFreeForProposal(sideOf(makeHost(), { hasOpenMatch: true }))).toBe(true);
  });
});

describe('distance', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(AMSTERDAM, AMSTERDAM)).toBe(0);
    expect(haversineKm(AMSTERDAM, ROTTERDAM)).toBeCloseTo(haversineKm(ROTTERDAM, AMSTERDAM), 9);
  });

  it('matches known city distances within 1 km', () => {
    expect(Math.abs(haversineKm(AMSTERDAM, ROTTERDAM) - 57.2)).toBeLessThan(1);
    expect(Math.abs(haversineKm(AMSTERDAM, UTRECHT) - 34.2)).toBeLessThan(1);
  });

  it('gives half the circumference for antipodal points and crosses the antimeridian the short way', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
    expect(haversineKm({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 })).toBeLessThan(23);
  });

  it('is null when either has no location', () => {
    expect(kmBetween({ lat: null, lon: null }, AMSTERDAM)).toBeNull();
    expect(kmBetween(AMSTERDAM, { lat: 52, lon: null })).toBeNull();
    expect(kmBetween(AMSTERDAM, UTRECHT)).toBeCloseTo(haversineKm(AMSTERDAM, UTRECHT), 9);
  });
});

// The rules against an oracle written straight from the contract's sentence, on random pairs
// (seeded, so a failure is reproducible): every combination of facts, either order.
describe('evaluatePair on random pairs', () => {
  const random = createSeededRandom(20261206);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const LEVELS: readonly LanguageLevel[] = ['basic', 'conversational', 'fluent', 'native'];
  const GENDERS: readonly Gender[] = ['female', 'male', 'nonbinary', 'unspecified'];
  const PARTNER_GENDERS: readonly PartnerGender[] = ['any', 'same'];

  function randomSide(base: MatchingPerson): PairSide {
    const person: MatchingPerson = {
      ...base,
      role: chance(0.9) ? base.role : pick(['migrant', 'host'] as const),
      gender: pick(GENDERS),
      partnerGender: pick(PARTNER_GENDERS),
      lat: chance(0.1) ? null : 52 + random() * 0.5,
      lon: 4.5 + random() * 0.8,
      maxDistanceKm: Math.floor(random() * 40),
      meetOnline: chance(0.3),
      languages: ['ar', 'nl', 'en'].filter(() => chance(0.4)).map((code) => ({ code, level: pick(LEVELS) })),
    };
    return { person, member: chance(0.9), verified: chance(0.85), checksCleared: chance(0.95), activeWithCompleteProfile: chance(0.9), openSlots: Math.floor(random() * 3), hasOpenMatch: chance(0.15) };
  }

  function contractSays(a: PairSide, b: PairSide, excluded: boolean): boolean {
    const migrant = [a, b].find((side) => side.person.role === 'migrant');
    const host = [a, b].find((side) => side.person.role === 'host');
    if (migrant === undefined || host === undefined) return false;
    const m = migrant.person;
    const h = host.person;
    const km = m.lat === null || m.lon === null || h.lat === null || h.lon === null ? null : haversineKm({ lat: m.lat, lon: m.lon }, { lat: h.lat, lon: h.lon });
    const sameOk = (p: MatchingPerson, q: MatchingPerson) => p.partnerGender === 'any' || (p.gender !== 'unspecified' && p.gender === q.gender);
    return (
      migrant.member &&
      host.member &&
      host.verified &&
      host.checksCleared &&
      migrant.activeWithCompleteProfile &&
      host.activeWithCompleteProfile &&
      // Basic is the lowest level there is, so any language both list is shared.
      m.languages.some((x) => h.languages.some((y) => y.code === x.code)) &&
      ((m.meetOnline && h.meetOnline) || (km !== null && km <= m.maxDistanceKm && km <= h.maxDistanceKm)) &&
      sameOk(m, h) &&
      sameOk(h, m) &&
      !excluded &&
      !migrant.hasOpenMatch &&
      host.openSlots > 0
    );
  }

  it('agrees with the contract on 5000 pairs, from either side', () => {
    let eligible = 0;
    for (let run = 0; run < 5000; run += 1) {
      const a = randomSide(makeMigrant());
      const b = randomSide(makeHost());
      const excluded = chance(0.1);
      const expected = contractSays(a, b, excluded);
      const forward = evaluatePair(a, b, { excluded }, TEST_NOW);
      expect(forward.eligible).toBe(expected);
      expect(evaluatePair(b, a, { excluded }, TEST_NOW)).toEqual(forward);
      if (forward.eligible) {
        eligible += 1;
        expect(forward.migrant.person.role).toBe('migrant');
        expect(forward.host.person.role).toBe('host');
        expect(forward.score).toBeGreaterThanOrEqual(0);
        expect(forward.score).toBeLessThanOrEqual(100);
      }
    }
    expect(eligible).toBeGreaterThan(50);
  });
});
