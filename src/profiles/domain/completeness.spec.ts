import { CompletenessInput, missingProfileFields } from './completeness.js';

const complete = (overrides: Partial<CompletenessInput> = {}): CompletenessInput => ({
  role: 'migrant',
  placeId: '2759794',
  maxDistanceKm: 15,
  languages: [{ code: 'ar', level: 'native' }],
  availability: [{ day: 1, start: '18:00', end: '21:00' }],
  timezone: 'Europe/Amsterdam',
  gender: 'female',
  partnerGender: 'any',
  capacity: null,
  ...overrides,
});

describe('missingProfileFields', () => {
  it('finds nothing missing in a complete migrant profile', () => {
    expect(missingProfileFields(complete())).toEqual([]);
  });

  it.each([
    ['placeId', { placeId: null }],
    ['maxDistanceKm', { maxDistanceKm: null }],
    ['languages', { languages: [] }],
    ['availability', { availability: [] }],
    ['timezone', { timezone: null }],
    ['gender', { gender: null }],
    ['partnerGender', { partnerGender: null }],
  ])('names %s when it is absent', (field, override) => {
    expect(missingProfileFields(complete(override))).toEqual([field]);
  });

  it('asks hosts, and only hosts, for a capacity', () => {
    expect(missingProfileFields(complete({ role: 'host' }))).toEqual(['capacity']);
    expect(missingProfileFields(complete({ role: 'host', capacity: 2 }))).toEqual([]);
  });

  it('lists everything for an empty profile and nothing for staff', () => {
    const empty = complete({ placeId: null, maxDistanceKm: null, languages: [], availability: [], timezone: null, gender: null, partnerGender: null });
    expect(missingProfileFields(empty)).toHaveLength(7);
    expect(missingProfileFields({ ...empty, role: 'staff' })).toEqual([]);
  });
});
