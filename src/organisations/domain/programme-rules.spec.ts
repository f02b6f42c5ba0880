import { ageFrom, describeRules, joinProblem, languageProblem, pairProblem, regionProblem, sideProblem, type RulePerson } from './programme-rules.js';
import type { ProgrammeRules } from './programme.js';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const NAMES: Record<string, string> = { nl: 'Dutch', en: 'English', zu: 'Zulu', st: 'Sotho' };
const context = { now: NOW, languageName: (code: string) => NAMES[code] ?? code };
const AMSTERDAM = { name: 'Amsterdam', lat: 52.374, lon: 4.8897 };

function person(overrides: Partial<RulePerson> = {}): RulePerson {
  return { role: 'migrant', gender: 'female', birthYear: 1990, languages: [{ code: 'nl', level: 'basic' }], countryCode: 'NL', lat: 52.09, lon: 5.12, ...overrides };
}

const STRENGTHS: ProgrammeRules = { migrant: { genders: ['female'] }, host: { genders: ['female'], minAge: 55 }, languages: ['nl'], meeting: 'in-person', matchWeeks: 26 };

describe('ageFrom', () => {
  it('counts whole years from the birth year', () => {
    expect(ageFrom(1971, NOW)).toBe(55);
    expect(ageFrom(2026, NOW)).toBe(0);
  });
});

describe('regionProblem', () => {
  it('lets anyone in when the region names no country and no radius', () => {
    expect(regionProblem(person({ countryCode: null, lat: null, lon: null }), { countryCodes: [] }, null)).toBeNull();
  });

  it('needs a place when the region has one', () => {
    expect(regionProblem(person({ countryCode: null, lat: null, lon: null }), { countryCodes: ['NL'] }, null)?.code).toBe('region.place-missing');
  });

  it('names the countries and the person’s country when outside', () => {
    const problem = regionProblem(person({ countryCode: 'DE' }), { countryCodes: ['NL', 'BE'] }, null);
    expect(problem).toEqual({ code: 'region.country', message: 'This programme runs in NL, BE; your place is in DE' });
  });

  it('narrows the countries to a radius around the centre', () => {
    const region = { countryCodes: ['NL'], placeId: '2759794', radiusKm: 40 };
    expect(regionProblem(person({ lat: 52.16, lon: 4.49 }), region, AMSTERDAM)).toBeNull(); // Leiden, about 34 km
    const far = regionProblem(person({ lat: 51.44, lon: 5.47 }), region, AMSTERDAM); // Eindhoven
    expect(far?.code).toBe('region.distance');
    expect(far?.message).toMatch(/^This programme runs within 40 km of Amsterdam; your place is 1\d\d km away$/);
  });
});

describe('sideProblem', () => {
  it('checks the person’s own side only', () => {
    expect(sideProblem(person({ role: 'migrant', birthYear: 2000 }), STRENGTHS, NOW)).toBeNull();
    expect(sideProblem(person({ role: 'host', birthYear: 2000 }), STRENGTHS, NOW)?.code).toBe('age.too-young');
  });

  it('says which genders the side takes and what the profile says', () => {
    expect(sideProblem(person({ gender: 'male' }), STRENGTHS, NOW)).toEqual({
      code: 'gender.not-allowed',
      message: 'This programme takes newcomers who are female; your profile says male',
    });
  });

  it('asks for the fields a rule needs', () => {
    expect(sideProblem(person({ gender: null }), STRENGTHS, NOW)?.code).toBe('gender.missing');
    expect(sideProblem(person({ role: 'host', birthYear: null }), STRENGTHS, NOW)?.code).toBe('age.missing');
  });

  it('counts the minimum and maximum age inclusively', () => {
    const rules: ProgrammeRules = { host: { minAge: 55, maxAge: 80 } };
    expect(sideProblem(person({ role: 'host', birthYear: 1971 }), rules, NOW)).toBeNull();
    expect(sideProblem(person({ role: 'host', birthYear: 1972 }), rules, NOW)?.message).toBe('This programme takes volunteers aged 55 or over; by your birth year you are 54');
    expect(sideProblem(person({ role: 'host', birthYear: 1946 }), rules, NOW)).toBeNull();
    expect(sideProblem(person({ role: 'host', birthYear: 1945 }), rules, NOW)?.code).toBe('age.too-old');
  });

  it('treats null and empty rules as no rule', () => {
    expect(sideProblem(person({ gender: null, birthYear: null }), { migrant: { genders: [], minAge: null, maxAge: null } }, NOW)).toBeNull();
    expect(sideProblem(person({ gender: null }), { migrant: null }, NOW)).toBeNull();
  });
});

describe('languageProblem', () => {
  it('needs one of the programme’s languages, at any level', () => {
    expect(languageProblem(person({ languages: [{ code: 'zu', level: 'basic' }] }), { languages: ['en', 'zu', 'st'] }, context)).toBeNull();
    expect(languageProblem(person({ languages: [{ code: 'ar', level: 'native' }] }), { languages: ['en', 'zu', 'st'] }, context)?.message).toBe(
      "This programme's pairs speak English, Zulu or Sotho; add one of them to your languages first",
    );
  });
});

describe('joinProblem', () => {
  it('reports the region before the side and the languages', () => {
    const programme = { region: { countryCodes: ['NL'] }, rules: STRENGTHS };
    expect(joinProblem(person({ countryCode: 'DE', gender: 'male' }), programme, null, context)?.code).toBe('region.country');
    expect(joinProblem(person({ gender: 'male', languages: [] }), programme, null, context)?.code).toBe('gender.not-allowed');
    expect(joinProblem(person({ languages: [] }), programme, null, context)?.code).toBe('language.none');
    expect(joinProblem(person(), programme, null, context)).toBeNull();
  });
});

describe('pairProblem', () => {
  const migrant = person();
  const host = person({ role: 'host', birthYear: 1960, languages: [{ code: 'nl', level: 'native' }] });

  it('allows a pair that meets every rule', () => {
    expect(pairProblem(migrant, host, STRENGTHS, context)).toBeNull();
  });

  it('refuses a side that no longer meets its rules', () => {
    expect(pairProblem(migrant, { ...host, birthYear: 1990 }, STRENGTHS, context)?.code).toBe('age.too-young');
    expect(pairProblem({ ...migrant, gender: 'male' }, host, STRENGTHS, context)?.code).toBe('gender.not-allowed');
  });

  it('asks for the same, specified gender when the programme says so', () => {
    const rules: ProgrammeRules = { sameGender: true };
    expect(pairProblem({ ...migrant, gender: 'male' }, { ...host, gender: 'male' }, rules, context)).toBeNull();
    expect(pairProblem({ ...migrant, gender: 'male' }, host, rules, context)?.code).toBe('pair.same-gender');
    expect(pairProblem({ ...migrant, gender: 'unspecified' }, { ...host, gender: 'unspecified' }, rules, context)?.code).toBe('pair.same-gender');
  });

  it('needs the pair to share one of the programme’s languages', () => {
    const rules: ProgrammeRules = { languages: ['en', 'zu'] };
    const zulu = [{ code: 'zu', level: 'basic' as const }];
    expect(pairProblem({ ...migrant, languages: zulu }, { ...host, languages: [{ code: 'en', level: 'native' }, ...zulu] }, rules, context)).toBeNull();
    expect(pairProblem({ ...migrant, languages: zulu }, { ...host, languages: [{ code: 'en', level: 'native' }] }, rules, context)?.message).toBe(
      "This programme's pairs share English or Zulu",
    );
  });
});

describe('describeRules', () => {
  const name = (code: string): string => NAMES[code] ?? code;

  it('reads a 1001 Strengths-like programme as a sentence', () => {
    expect(describeRules(STRENGTHS, name)).toBe('This programme pairs women newcomers with women volunteers aged 55 or over, who share Dutch, meeting in person, for 26 weeks');
  });

  it('reads an Ubuntu-like programme', () => {
    expect(describeRules({ languages: ['en', 'zu', 'st'], meeting: 'either' }, name)).toBe('This programme pairs people who share English, Zulu or Sotho');
  });

  it('says nothing for a programme without rules about people', () => {
    expect(describeRules({}, name)).toBeNull();
    expect(describeRules({ checkInWeeks: 4 }, name)).toBeNull();
  });
});
