import type { ProgrammeRules } from '../../organisations/domain/programme.js';
import { describeRules } from '../../organisations/domain/programme-rules.js';
import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import type { AvailabilityWindow, LanguageLevel, MatchingPerson, SpokenLanguage } from './matching-person.js';
import { eligibilitySideOf, evaluateMeasuredPair, kmBetween, measuredPairScore, type PairFacts, type PairProgramme, type PairSide } from './pair.js';
import { scoringProfileOf } from './round-scoring.js';
import { daysBeforeNow, makeHost, makeMigrant, sideOf, TEST_NOW } from './test-factories.js';

const LEVELS: LanguageLevel[] = ['basic', 'conversational', 'fluent', 'native'];
const CODES = ['nl', 'en', 'ar'];
const INTERESTS = ['cooking', 'gardening', 'football', 'reading', 'music', 'walking'];
const ZONES = ['Europe/Amsterdam', 'Africa/Johannesburg', 'America/New_York', 'Asia/Kolkata', 'UTC'];
const PLACES = [
  { lat: 52.3676, lon: 4.9041 },
  { lat: 52.0907, lon: 5.1214 },
  { lat: 51.9244, lon: 4.4777 },
  { lat: 52.3731, lon: 4.8922 },
  { lat: null, lon: null },
];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function some<T>(random: RandomSource, items: readonly T[], max: number): T[] {
  return Array.from({ length: randomInt(random, 0, max) }, () => pick(random, items));
}

/** Anyone, duplicates and all: repeated languages and interests, windows over midnight in odd zones. */
function randomPerson(random: RandomSource, role: 'migrant' | 'host'): MatchingPerson {
  const languages: SpokenLanguage[] = Array.from({ length: randomInt(random, 1, 3) }, () => ({ code: pick(random, CODES), level: pick(random, LEVELS) }));
  const availability: AvailabilityWindow[] = Array.from({ length: randomInt(random, 0, 4) }, () => {
    const start = randomInt(random, 0, 22);
    return { day: randomInt(random, 1, 7), start: `${String(start).padStart(2, '0')}:${pick(random, ['00', '30'])}`, end: `${String(randomInt(random, start + 1, 24)).padStart(2, '0')}:00` };
  });
  const make = role === 'migrant' ? makeMigrant : makeHost;
  return make({
    id: `${role}-${Math.floor(random() * 1e9)}`,
    gender: pick(random, ['female', 'male', 'nonbinary', 'unspecified'] as const),
    partnerGender: random() < 0.1 ? 'same' : 'any',
    ...pick(random, PLACES),
    maxDistanceKm: pick(random, [5, 20, 40, 80]),
    meetOnline: random() < 0.4,
    languages,
    learning: some(random, CODES, 2),
    interests: some(random, INTERESTS, 4),
    availability,
    timezone: pick(random, ZONES),
    waitingSince: daysBeforeNow(randomInt(random, -2, 90)),
    birthYear: random() < 0.8 ? randomInt(random, 1950, 2005) : null,
  });
}

const languageName = (code: string): string => code;
const programmeOf = (rules: ProgrammeRules): PairProgramme => ({ rules, description: describeRules(rules, languageName), languageName });
const PROGRAMMES: Array<PairProgramme | undefined> = [
  undefined,
  undefined,
  programmeOf({ migrant: { genders: ['female'] }, host: { minAge: 55 }, languages: ['nl'] }),
  programmeOf({ sameGender: true, meeting: 'online' }),
  programmeOf({ meeting: 'in-person' }),
];

function randomSide(random: RandomSource, person: MatchingPerson): PairSide {
  return sideOf(person, {
    member: random() < 0.95,
    verified: person.role === 'host' && random() < 0.9,
    checksCleared: random() < 0.95,
    openSlots: person.role === 'host' && random() < 0.9 ? randomInt(random, 1, 2) : 0,
    hasOpenMatch: person.role === 'migrant' && random() < 0.1,
  });
}

describe('measuredPairScore', () => {
  it('gives the score evaluateMeasuredPair gives, and null exactly when the pair is not eligible, on random pairs (whole people or what eligibility reads of them)', () => {
    const random = createSeededRandom(2026);
    let eligible = 0;
    for (let i = 0; i < 8000; i += 1) {
      const migrant = randomSide(random, randomPerson(random, 'migrant'));
      const host = randomSide(random, randomPerson(random, 'host'));
      const facts: PairFacts = { excluded: random() < 0.05, programme: pick(random, PROGRAMMES) };
      const distanceKm = kmBetween(migrant.person, host.person);
      const expected = evaluateMeasuredPair(migrant, host, facts, distanceKm, TEST_NOW);
      const profiles = { migrant: scoringProfileOf(migrant.person, TEST_NOW), host: scoringProfileOf(host.person, TEST_NOW) };
      const score = measuredPairScore(migrant, host, profiles, facts, distanceKm, TEST_NOW);
      expect({ i, score }).toEqual({ i, score: expected.eligible ? expected.score : null });
      // How a round's threads hold their hosts: the same answer.
      expect({ i, slim: measuredPairScore(eligibilitySideOf(migrant), eligibilitySideOf(host), profiles, facts, distanceKm, TEST_NOW) }).toEqual({ i, slim: score });
      if (expected.eligible) eligible += 1;
    }
    // Enough of both kinds for the comparison to mean something.
    expect(eligible).toBeGreaterThan(400);
    expect(eligible).toBeLessThan(7600);
  });

  it('scores the default pair as its reasons do', () => {
    const migrant = sideOf(makeMigrant());
    const host = sideOf(makeHost());
    const distanceKm = kmBetween(migrant.person, host.person);
    const expected = evaluateMeasuredPair(migrant, host, { excluded: false }, distanceKm, TEST_NOW);
    const profiles = { migrant: scoringProfileOf(migrant.person, TEST_NOW), host: scoringProfileOf(host.person, TEST_NOW) };
    expect(expected.eligible && expected.score).toBeGreaterThan(40);
    expect(measuredPairScore(migrant, host, profiles, { excluded: false }, distanceKm, TEST_NOW)).toBe(expected.eligible ? expected.score : null);
  });
});
