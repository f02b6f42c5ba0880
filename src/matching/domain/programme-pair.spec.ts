import type { ProgrammeRules } from '../../organisations/domain/programme.js';
import { describeRules } from '../../organisations/domain/programme-rules.js';
import type { MatchingPerson } from './matching-person.js';
import { rankAcrossProgrammes, type MultiProgrammeCandidate } from './programme-suggestions.js';
import { evaluatePair, type IneligibilityReason, type PairProgramme, type PairSide } from './pair.js';
import { makeHost, makeMigrant, sideOf, TEST_NOW } from './test-factories.js';

const NAMES: Record<string, string> = { nl: 'Dutch', ar: 'Arabic', en: 'English' };
const languageName = (code: string): string => NAMES[code] ?? code;

function programmeOf(rules: ProgrammeRules): PairProgramme {
  return { rules, description: describeRules(rules, languageName), languageName };
}

/** 1001 Strengths: women newcomers with women volunteers aged 55 or over, of the same gender, sharing Dutch. */
const STRENGTHS: ProgrammeRules = {
  migrant: { genders: ['female'] },
  host: { genders: ['female'], minAge: 55 },
  sameGender: true,
  languages: ['nl'],
};

const dutchMigrant = (overrides: Partial<MatchingPerson> = {}): MatchingPerson =>
  makeMigrant({ birthYear: 1990, languages: [{ code: 'ar', level: 'native' }, { code: 'nl', level: 'basic' }], ...overrides });
const olderHost = (overrides: Partial<MatchingPerson> = {}): MatchingPerson => makeHost({ birthYear: 1960, ...overrides });

interface Case {
  name: string;
  rules: ProgrammeRules;
  migrant?: MatchingPerson;
  host?: MatchingPerson;
  migrantSide?: Partial<Omit<PairSide, 'person'>>;
  hostSide?: Partial<Omit<PairSide, 'person'>>;
  expected: IneligibilityReason | 'eligible';
  message?: string;
}

// Amsterdam and Rotterdam: ~57 km apart, beyond the default radii.
const FAR = { lat: 51.9244, lon: 4.4777 };

const CASES: Case[] = [
  { name: 'a pair meeting every rule of 1001 Strengths', rules: STRENGTHS, migrant: dutchMigrant(), host: olderHost(), expected: 'eligible' },
  { name: 'a programme without rules adds nothing', rules: {}, expected: 'eligible' },
  { name: 'the migrant is not a member of the programme', rules: {}, migrantSide: { member: false }, expected: 'not-in-programme' },
  { name: 'the host is not a member of the programme', rules: {}, hostSide: { member: false }, expected: 'not-in-programme' },
  { name: "the host is not verified by the programme's organisation", rules: {}, hostSide: { verified: false }, expected: 'host-not-verified' },
  { name: 'the migrant has an open match in this programme', rules: {}, migrantSide: { hasOpenMatch: true }, expected: 'migrant-already-matched' },
  { name: 'the host has no open slot in any programme (capacity is global)', rules: {}, hostSide: { openSlots: 0 }, expected: 'host-full' },
  {
    name: 'a male migrant in a programme for women newcomers',
    rules: STRENGTHS,
    migrant: dutchMigrant({ gender: 'male' }),
    host: olderHost(),
    expected: 'programme-rules',
    message: 'This programme takes newcomers who are female; your profile says male',
  },
  {
    name: 'a host younger than the volunteers\' minimum age',
    rules: STRENGTHS,
    migrant: dutchMigrant(),
    host: olderHost({ birthYear: 1990 }),
    expected: 'programme-rules',
    message: 'This programme takes volunteers aged 55 or over; by your birth year you are 35',
  },
  { name: 'a host without a birth year under an age rule', rules: STRENGTHS, migrant: dutchMigrant(), host: olderHost({ birthYear: null }), expected: 'programme-rules' },
  { name: 'a migrant older than the maximum age', rules: { migrant: { maxAge: 30 } }, migrant: dutchMigrant({ birthYear: 1980 }), expected: 'programme-rules' },
  {
    name: 'a pair of different genders where the programme pairs the same gender',
    rules: { sameGender: true },
    migrant: makeMigrant({ gender: 'male' }),
    host: makeHost({ gender: 'female' }),
    expected: 'programme-rules',
    message: 'This programme pairs people of the same gender',
  },
  { name: 'a same-gender rule and an unspecified gender', rules: { sameGender: true }, migrant: makeMigrant({ gender: 'unspecified' }), host: makeHost({ gender: 'unspecified' }), expected: 'programme-rules' },
  {
    name: "a pair that shares a language, but none of the programme's",
    rules: { languages: ['nl'] },
    expected: 'programme-rules',
    message: "This programme's pairs share Dutch",
  },
  { name: 'a pair sharing the programme language', rules: { languages: ['nl'] }, migrant: dutchMigrant(), expected: 'eligible' },
  { name: 'an online programme, both meeting online, far apart', rules: { meeting: 'online' }, migrant: makeMigrant({ meetOnline: true }), host: makeHost({ meetOnline: true, ...FAR }), expected: 'eligible' },
  { name: 'an online programme, the host meeting in person only', rules: { meeting: 'online' }, migrant: makeMigrant({ meetOnline: true }), expected: 'meeting-mode' },
  { name: 'an online programme, nearby people who do not meet online', rules: { meeting: 'online' }, expected: 'meeting-mode' },
  { name: 'an in-person programme, nearby', rules: { meeting: 'in-person' }, expected: 'eligible' },
  {
    name: 'an in-person programme, far apart though both meet online',
    rules: { meeting: 'in-person' },
    migrant: makeMigrant({ meetOnline: true }),
    host: makeHost({ meetOnline: true, ...FAR }),
    expected: 'meeting-mode',
    message: "This programme's pairs meet in person, and the two live too far apart.",
  },
  { name: "'either': far apart but both online", rules: { meeting: 'either' }, migrant: makeMigrant({ meetOnline: true }), host: makeHost({ meetOnline: true, ...FAR }), expected: 'eligible' },
  { name: "'either': far apart, not online", rules: { meeting: 'either' }, host: makeHost(FAR), expected: 'too-far' },
  { name: 'no meeting rule: far apart, not online', rules: {}, host: makeHost(FAR), expected: 'too-far' },
  // The contract's rules come before the programme's: the first broken one is named.
  { name: 'a pair broken twice is refused for the contract rule first', rules: STRENGTHS, migrant: dutchMigrant({ gender: 'male' }), host: olderHost(FAR), expected: 'too-far' },
];

describe('evaluatePair inside a programme', () => {
  it.each(CASES)('$name → $expected', ({ rules, migrant, host, migrantSide, hostSide, expected, message }) => {
    const m = sideOf(migrant ?? makeMigrant(), migrantSide);
    const h = sideOf(host ?? makeHost(), hostSide);
    const programme = programmeOf(rules);
    for (const evaluation of [evaluatePair(m, h, { excluded: false, programme }, TEST_NOW), evaluatePair(h, m, { excluded: false, programme }, TEST_NOW)]) {
      if (expected === 'eligible') {
        expect(evaluation).toMatchObject({ eligible: true });
      } else {
        expect(evaluation).toMatchObject({ eligible: false, reason: expected });
        if (message !== undefined) expect(evaluation).toMatchObject({ message });
      }
    }
  });

  it('explains a programme with rules in a reason after the scored ones, and scores as without it', () => {
    const m = sideOf(dutchMigrant());
    const h = sideOf(olderHost());
    const inProgramme = evaluatePair(m, h, { excluded: false, programme: programmeOf(STRENGTHS) }, TEST_NOW);
    const plain = evaluatePair(m, h, { excluded: false }, TEST_NOW);
    if (!inProgramme.eligible || !plain.eligible) throw new Error('expected eligible');
    expect(inProgramme.score).toBe(plain.score);
    expect(inProgramme.reasons.map((r) => r.factor)).toEqual(['language', 'distance', 'interests', 'availability', 'waiting', 'programme']);
    expect(inProgramme.reasons.at(-1)).toEqual({
      factor: 'programme',
      score: 1,
      detail: 'This programme pairs women newcomers with women volunteers aged 55 or over of the same gender, who share Dutch',
      code: 'programme.rules',
      params: {},
    });
  });

  it('adds no programme reason for a programme without rules about people', () => {
    const evaluation = evaluatePair(sideOf(makeMigrant()), sideOf(makeHost()), { excluded: false, programme: programmeOf({ checkInWeeks: 4 }) }, TEST_NOW);
    if (!evaluation.eligible) throw new Error('expected eligible');
    expect(evaluation.reasons.map((r) => r.factor)).not.toContain('programme');
  });
});

describe('rankAcrossProgrammes', () => {
  function multiRow(person: MatchingPerson, programmes: Array<{ programmeId: string; hasOpenMatch?: boolean }>): MultiProgrammeCandidate {
    return {
      id: person.id, role: person.role, birthYear: person.birthYear ?? null, createdAt: TEST_NOW, gender: person.gender, partnerGender: person.partnerGender,
      lat: person.lat, lon: person.lon, maxDistanceKm: person.maxDistanceKm, meetOnline: person.meetOnline, languages: person.languages,
      learning: person.learning, interests: person.interests, availability: person.availability, timezone: person.timezone,
      completedAt: person.waitingSince, lastMatchEndedAt: null, openSlots: person.role === 'host' ? 1 : 0, active: true, complete: true, erased: false,
      excludedWithSubject: false,
      programmes: programmes.map((p) => ({ programmeId: p.programmeId, verification: person.role === 'host' ? 'verified' : null, checksCleared: true, hasOpenMatch: p.hasOpenMatch ?? false })),
    };
  }
  const plain = { id: 'plain', programme: programmeOf({}) };
  const strengths = { id: 'strengths', programme: programmeOf(STRENGTHS) };

  it('shows a partner of two programmes once, in the first programme on equal scores, and only where the pair is eligible', () => {
    const subject = multiRow(dutchMigrant(), [{ programmeId: 'plain' }, { programmeId: 'strengths' }]);
    const both = multiRow(olderHost({ id: 'both' }), [{ programmeId: 'plain' }, { programmeId: 'strengths' }]);
    const young = multiRow(olderHost({ id: 'young', birthYear: 1995 }), [{ programmeId: 'plain' }, { programmeId: 'strengths' }]);
    const outside = multiRow(olderHost({ id: 'outside' }), [{ programmeId: 'elsewhere' }]);
    const ranked = rankAcrossProgrammes(subject, [plain, strengths], [both, young, outside], TEST_NOW, 10);
    expect(ranked.map((r) => [r.candidate.id, r.programmeId])).toEqual([
      ['both', 'plain'],
      ['young', 'plain'],
    ]);
    const onlyStrengths = rankAcrossProgrammes(subject, [strengths, plain], [both, young], TEST_NOW, 10);
    expect(onlyStrengths.map((r) => [r.candidate.id, r.programmeId])).toEqual([
      ['both', 'strengths'],
      ['young', 'plain'],
    ]);
    expect(onlyStrengths[0].reasons.at(-1)).toMatchObject({ factor: 'programme' });
  });

  it('skips a programme where the subject already has an open match', () => {
    const subject = multiRow(dutchMigrant(), [{ programmeId: 'plain', hasOpenMatch: true }, { programmeId: 'strengths' }]);
    const host = multiRow(olderHost({ id: 'h' }), [{ programmeId: 'plain' }, { programmeId: 'strengths' }]);
    expect(rankAcrossProgrammes(subject, [plain, strengths], [host], TEST_NOW, 10).map((r) => r.programmeId)).toEqual(['strengths']);
  });
});
