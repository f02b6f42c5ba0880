import { storedRegion, storedRules } from './stored-programme.js';

describe('storedRules', () => {
  it('keeps the rules there are, as plain data', () => {
    expect(
      storedRules({
        migrant: { genders: ['female'] },
        host: { genders: ['female'], minAge: 55, maxAge: null },
        sameGender: false,
        languages: ['nl'],
        meeting: 'in-person',
        matchWeeks: 26,
        checkInWeeks: 4,
      }),
    ).toEqual({ migrant: { genders: ['female'] }, host: { genders: ['female'], minAge: 55 }, languages: ['nl'], meeting: 'in-person', matchWeeks: 26, checkInWeeks: 4 });
  });

  it('leaves out null, absent and empty rules, and a side without any', () => {
    expect(storedRules({ migrant: { genders: [], minAge: null }, host: null, languages: [], meeting: null, matchWeeks: null, sameGender: null })).toEqual({});
    expect(storedRules({})).toEqual({});
  });

  it('keeps an age of 0', () => {
    expect(storedRules({ migrant: { minAge: 0 } })).toEqual({ migrant: { minAge: 0 } });
  });
});

describe('storedRegion', () => {
  it('keeps a centre with its radius', () => {
    expect(storedRegion({ countryCodes: ['ZA'], placeId: '993800', radiusKm: 60 })).toEqual({ countryCodes: ['ZA'], placeId: '993800', radiusKm: 60 });
  });

  it('writes no centre as nulls', () => {
    expect(storedRegion({ countryCodes: ['NL'] })).toEqual({ countryCodes: ['NL'], placeId: null, radiusKm: null });
    expect(storedRegion({ countryCodes: [], placeId: null, radiusKm: null })).toEqual({ countryCodes: [], placeId: null, radiusKm: null });
  });
});
