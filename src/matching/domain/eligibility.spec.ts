import {
  checkEligibility,
  fitsGenderPreference,
  INELIGIBILITY_MESSAGES,
  sharedLanguages,
  type EligibilityContext,
  type IneligibilityReason,
} from './eligibility.js';
import type { MatchingPerson } from './matching-person.js';
import { makeEligibilityContext, makeHost, makeMigrant } from './test-factories.js';

interface SingleRuleCase {
  name: string;
  migrant?: Partial<MatchingPerson>;
  host?: Partial<MatchingPerson>;
  context?: Partial<EligibilityContext>;
  expected: IneligibilityReason;
}

// Each case breaks exactly one clause of the contract on top of an eligible baseline.
const SINGLE_RULE_CASES: SingleRuleCase[] = [
  { name: 'two migrants', host: { role: 'migrant' }, expected: 'not-migrant-host-pair' },
  { name: 'roles swapped', migrant: { role: 'host' }, host: { role: 'migrant' }, expected: 'not-migrant-host-pair' },
  { name: 'unverified host', context: { hostVerified: false }, expected: 'host-not-verified' },
  { name: 'inactive or incomplete', context: { bothActiveAndComplete: false }, expected: 'inactive-or-incomplete' },
  { name: 'blocked or declined', context: { pairExcluded: true }, expected: 'pair-excluded' },
  { name: 'migrant already matched', context: { migrantHasOpenMatch: true }, expected: 'migrant-already-matched' },
  { name: 'host without open slot', context: { hostOpenSlots: 0 }, expected: 'host-full' },
  { name: 'host over capacity', context: { hostOpenSlots: -1 }, expected: 'host-full' },
  {
    name: 'no common language',
    host: { languages: [{ code: 'nl', level: 'native' }] },
    expected: 'no-shared-language',
  },
  { name: 'beyond the migrant radius', context: { distanceKm: 12 }, expected: 'too-far' },
  { name: 'beyond the host radius', host: { maxDistanceKm: 0.5 }, expected: 'too-far' },
  { name: 'unknown distance, not online', context: { distanceKm: null }, expected: 'too-far' },
  {
    name: 'migrant wants same gender',
    migrant: { partnerGender: 'same' },
    host: { gender: 'male' },
    expected: 'gender-preference',
  },
  {
    name: 'host wants same gender',
    host: { partnerGender: 'same', gender: 'male' },
    expected: 'gender-preference',
  },
];

describe('checkEligibility', () => {
  it('accepts the baseline pair', () => {
    expect(checkEligibility(makeMigrant(), makeHost(), makeEligibilityContext())).toEqual({
      eligible: true,
    });
  });

  it.each(SINGLE_RULE_CASES)('refuses: $name', ({ migrant, host, context, expected }) => {
    const result = checkEligibility(
      makeMigrant(migrant),
      makeHost(host),
      makeEligibilityContext(context),
    );
    expect(result).toEqual({
      eligible: false,
      reason: expected,
      message: INELIGIBILITY_MESSAGES[expected],
    });
  });

  it('has a non-empty English message for every reason', () => {
    for (const message of Object.values(INELIGIBILITY_MESSAGES)) {
      expect(message).toMatch(/^[A-Z].+\.$/);
    }
  });
});

describe('distance rule', () => {
  const check = (
    migrant: Partial<MatchingPerson>,
    host: Partial<MatchingPerson>,
    distanceKm: number | null,
  ): boolean =>
    checkEligibility(makeMigrant(migrant), makeHost(host), makeEligibilityContext({ distanceKm }))
      .eligible;

  it('accepts a distance exactly at the smaller radius', () => {
    expect(check({ maxDistanceKm: 10 }, { maxDistanceKm: 15 }, 10)).toBe(true);
  });

  it('accepts any distance, even unknown, when both meet online', () => {
    expect(check({ meetOnline: true }, { meetOnline: true }, 800)).toBe(true);
    expect(check({ meetOnline: true, lat: null, lon: null }, { meetOnline: true }, null)).toBe(true);
  });

  it('needs both to meet online to ignore distance', () => {
    expect(check({ meetOnline: true }, { meetOnline: false }, 800)).toBe(false);
    expect(check({ meetOnline: false }, { meetOnline: true }, 800)).toBe(false);
  });
});

describe('fitsGenderPreference', () => {
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
    const unspecifiedSeeker = makeMigrant({ partnerGender: 'same', gender: 'unspecified' });
    expect(fitsGenderPreference(unspecifiedSeeker, makeHost({ gender: 'unspecified' }))).toBe(false);
    const femaleSeeker = makeMigrant({ partnerGender: 'same', gender: 'female' });
    expect(fitsGenderPreference(femaleSeeker, makeHost({ gender: 'unspecified' }))).toBe(false);
  });

  it('is checked in both directions by checkEligibility', () => {
    const migrant = makeMigrant({ gender: 'unspecified', partnerGender: 'any' });
    const host = makeHost({ gender: 'female', partnerGender: 'same' });
    const result = checkEligibility(migrant, host, makeEligibilityContext());
    expect(result).toMatchObject({ eligible: false, reason: 'gender-preference' });
  });
});

describe('sharedLanguages', () => {
  it('lists each shared language once with both levels', () => {
    const migrant = makeMigrant({
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'en', level: 'basic' },
        { code: 'en', level: 'basic' },
      ],
    });
    const host = makeHost({ languages: [{ code: 'en', level: 'fluent' }, { code: 'ar', level: 'basic' }] });
    expect(sharedLanguages(migrant, host)).toEqual([
      { code: 'ar', levelA: 'native', levelB: 'basic' },
      { code: 'en', levelA: 'basic', levelB: 'fluent' },
    ]);
  });

  it('ignores languages only one of them speaks or learns', () => {
    const migrant = makeMigrant({ languages: [{ code: 'ti', level: 'native' }], learning: ['nl'] });
    const host = makeHost({ languages: [{ code: 'nl', level: 'native' }] });
    expect(sharedLanguages(migrant, host)).toEqual([]);
  });
});
