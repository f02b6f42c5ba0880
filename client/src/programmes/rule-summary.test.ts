import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgrammeRules } from '../data/programme-api';
import { describeRegion, describeRules } from './rule-summary';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** "1001 Strengths": migrant women and local women over 55, in the Netherlands. */
const strengths: ProgrammeRules = {
  migrant: { genders: ['female'], minAge: null, maxAge: null },
  host: { genders: ['female'], minAge: 55, maxAge: null },
  languages: ['nl'],
  meeting: 'in-person',
  matchWeeks: 26,
};

async function summary(language: string, rules: ProgrammeRules): Promise<string> {
  await i18next.changeLanguage(language);
  return describeRules(i18next.t, rules, language);
}

describe('a programme\'s rules as a sentence', () => {
  it.each([
    ['en', 'Pairs women newcomers with local women aged 55+; speaks Dutch; in person; 26 weeks'],
    ['nl', 'Koppelt vrouwelijke nieuwkomers aan vrouwen uit de buurt van 55 jaar of ouder; spreekt Nederlands; in het echt; 26 weken'],
    ['ar', 'يجمع بين القادمات الجديدات والنساء المحليات بعمر 55 عامًا فأكثر؛ يتحدث الهولندية؛ وجهًا لوجه؛ 26 أسبوعًا'],
    ['uk', 'Поєднує новоприбулих жінок з місцевими жінками віком від 55 років; мова: нідерландська; особисто; 26 тижнів'],
  ])('in %s', async (language, expected) => {
    expect(await summary(language, strengths)).toBe(expected);
  });

  it('says only the rules a programme has, and that it is open to all when it has none', async () => {
    expect(await summary('en', {})).toBe('Open to all newcomers and volunteers');
    expect(await summary('en', { migrant: null, host: { genders: null, minAge: null, maxAge: null }, languages: [], meeting: null })).toBe('Open to all newcomers and volunteers');
    expect(await summary('en', { host: { maxAge: 30 }, checkInWeeks: 1 })).toBe('Pairs newcomers with local volunteers aged up to 30; check-in every week');
    expect(await summary('en', { migrant: { minAge: 18, maxAge: 25 }, sameGender: true, meeting: 'either', checkInWeeks: 4 }))
      .toBe('Pairs newcomers aged 18–25 with local volunteers; same gender; in person or online; check-in every 4 weeks');
  });

  it('names several genders and languages as alternatives', async () => {
    expect(await summary('en', { host: { genders: ['female', 'nonbinary'] }, languages: ['ar', 'nl'] }))
      .toBe('Pairs newcomers with local volunteers (women or non-binary people); speaks Arabic or Dutch');
  });

  it('uses each language\'s plural forms for weeks', async () => {
    expect(await summary('ar', { matchWeeks: 2 })).toBe('أسبوعان');
    expect(await summary('ar', { matchWeeks: 3 })).toBe('3 أسابيع');
    expect(await summary('uk', { matchWeeks: 3 })).toBe('3 тижні');
    expect(await summary('uk', { matchWeeks: 1, checkInWeeks: 5 })).toBe('1 тиждень; опитування кожні 5 тижнів');
    expect(await summary('nl', { matchWeeks: 1 })).toBe('1 week');
  });
});

describe('a programme\'s region', () => {
  it('names the countries, or the distance around the place', async () => {
    await i18next.changeLanguage('en');
    expect(describeRegion(i18next.t, { countryCodes: ['NL', 'BE'], place: null }, 'en')).toBe('Region: Netherlands and Belgium');
    expect(describeRegion(i18next.t, { countryCodes: ['NL'], placeId: '2745912', radiusKm: 40, place: { id: '2745912', name: 'Utrecht', countryCode: 'NL' } }, 'en'))
      .toBe('Within 40 km of Utrecht');
    expect(describeRegion(i18next.t, { countryCodes: ['ZA'], placeId: '993800', radiusKm: 60, place: null }, 'en')).toBe('Within 60 km of a chosen place');
    expect(describeRegion(i18next.t, { countryCodes: [], place: null }, 'en')).toBe('Region: anywhere');
    await i18next.changeLanguage('nl');
    expect(describeRegion(i18next.t, { countryCodes: ['NL'], place: null }, 'nl')).toBe('Regio: Nederland');
    expect(describeRegion(i18next.t, { countryCodes: [], place: null }, 'nl')).toBe('Regio: overal');
  });
});
