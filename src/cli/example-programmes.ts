import type { ProgrammeRegion, ProgrammeRules } from '../organisations/domain/programme.js';

export interface ExampleProgramme {
  organisation: { name: string; countryCode: string };
  programme: { name: string; description: string; region: ProgrammeRegion; rules: ProgrammeRules };
}

/** GeoNames id of Johannesburg, the centre of the Ubuntu-like example. */
export const JOHANNESBURG_PLACE_ID = '993800';

/**
 * Two societies running programmes modelled on real ones, so a demo shows several organisations at
 * once: a newcomer in the Netherlands or around Johannesburg sees one near them.
 */
export const EXAMPLE_PROGRAMMES: readonly ExampleProgramme[] = [
  {
    organisation: { name: 'Netherlands Red Cross', countryCode: 'NL' },
    programme: {
      name: '1001 Strengths',
      description:
        'Women who are new to the Netherlands meet a local woman over 55 for conversation in Dutch, at home or in the neighbourhood, ' +
        'every week or two for half a year. Both bring their strengths: practising the language, finding the way around, friendship.',
      region: { countryCodes: ['NL'], placeId: null, radiusKm: null },
      rules: {
        migrant: { genders: ['female'] },
        host: { genders: ['female'], minAge: 55 },
        languages: ['nl'],
        meeting: 'in-person',
        matchWeeks: 26,
        checkInWeeks: 4,
      },
    },
  },
  {
    organisation: { name: 'South African Red Cross Society', countryCode: 'ZA' },
    programme: {
      name: 'Ubuntu',
      description:
        'Newcomers in and around Johannesburg are paired with volunteers from their host community, in person or online, ' +
        'to find their feet: services, work, school and a friendly face. "I am because we are."',
      region: { countryCodes: ['ZA'], placeId: JOHANNESBURG_PLACE_ID, radiusKm: 60 },
      rules: { languages: ['en', 'zu', 'st', 'xh'], meeting: 'either', matchWeeks: 26, checkInWeeks: 4 },
    },
  },
];
