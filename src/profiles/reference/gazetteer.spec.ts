import { Gazetteer, getGazetteer, MAX_SEARCH_RESULTS, type CityRecord, type Place } from './gazetteer.js';

const LOAD_TIMEOUT_MS = 30_000;

function names(places: Place[]): string[] {
  return places.map((place) => `${place.name}/${place.countryCode}`);
}

function isSortedByPopulationDescending(places: Place[]): boolean {
  return places.every((place, i) => i === 0 || places[i - 1].population >= place.population);
}

describe('Gazetteer on the real GeoNames data', () => {
  let gazetteer: Gazetteer;

  beforeAll(() => {
    gazetteer = getGazetteer();
  }, LOAD_TIMEOUT_MS);

  it('is a singleton holding ~135k places', () => {
    expect(getGazetteer()).toBe(gazetteer);
    expect(gazetteer.size).toBeGreaterThan(130_000);
  });

  it('finds Zürich first for "zurich"', () => {
    const [first] = gazetteer.search('zurich');
    expect(first).toEqual({ id: '2657896', name: 'Zürich', countryCode: 'CH', lat: expect.any(Number), lon: expect.any(Number), population: expect.any(Number) });
    expect(first.lat).toBeCloseTo(47.37, 1);
    expect(first.lon).toBeCloseTo(8.55, 1);
  });

  it('ignores accents and case in the query', () => {
    expect(gazetteer.search('Zürich')).toEqual(gazetteer.search('zurich'));
    expect(gazetteer.search('ZÜRICH')).toEqual(gazetteer.search('zurich'));
  });

  it('finds São Paulo (BR) for "sao paulo"', () => {
    const [first] = gazetteer.search('sao paulo');
    expect(first).toMatchObject({ id: '3448439', name: 'São Paulo', countryCode: 'BR' });
  });

  it('finds Amsterdam first for "amst" in NL, and only Dutch places', () => {
    const results = gazetteer.search('amst', { country: 'NL' });
    expect(results[0]).toMatchObject({ id: '2759794', name: 'Amsterdam' });
    expect(results.every((place) => place.countryCode === 'NL')).toBe(true);
  });

  it('filters by country case-insensitively', () => {
    const results = gazetteer.search('amsterdam', { country: ' us ' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((place) => place.countryCode === 'US')).toBe(true);
    expect(names(gazetteer.search('amsterdam'))).toContain('Amsterdam/NL');
  });

  it('returns nothing for an unknown country', () => {
    expect(gazetteer.search('amst', { country: 'XX' })).toEqual([]);
  });

  it('puts exact name matches before larger prefix matches', () => {
    // Bredasdorp (ZA, ~15k) is bigger than Breda (ES) and Breda (IT), yet "breda" means Breda.
    const results = names(gazetteer.search('breda'));
    expect(results.slice(0, 4)).toEqual(['Breda/NL', 'Breda/ES', 'Breda/IT', 'Bredasdorp/ZA']);
  });

  it('ranks prefix matches by population', () => {
    const results = gazetteer.search('s');
    expect(results).toHaveLength(MAX_SEARCH_RESULTS);
    expect(results[0]).toMatchObject({ name: 'Shanghai', countryCode: 'CN' });
    expect(isSortedByPopulationDescending(results)).toBe(true);
  });

  it('ranks within a country by population', () => {
    const results = gazetteer.search('r', { country: 'nl' });
    expect(results[0]).toMatchObject({ name: 'Rotterdam' });
    expect(isSortedByPopulationDescending(results)).toBe(true);
  });

  it('maps letters that Unicode does not decompose', () => {
    expect(gazetteer.search('giessen')[0]).toMatchObject({ id: '2920512', name: 'Gießen', countryCode: 'DE' });
    expect(gazetteer.search('Gieß')[0]).toMatchObject({ name: 'Gießen' });
    expect(gazetteer.search('lodz')[0]).toMatchObject({ name: 'Łódź', countryCode: 'PL' });
    expect(gazetteer.search('diyarbakir')[0]).toMatchObject({ name: 'Diyarbakır', countryCode: 'TR' });
  });

  it('treats punctuation as spacing', () => {
    expect(gazetteer.search('s-hertogenbosch')[0]).toMatchObject({ name: "'s-Hertogenbosch", countryCode: 'NL' });
    expect(gazetteer.search("'s hertogenbosch")[0]).toMatchObject({ name: "'s-Hertogenbosch" });
  });

  it('honours the limit, capped at 10', () => {
    expect(gazetteer.search('a', { limit: 3 })).toHaveLength(3);
    expect(gazetteer.search('a', { limit: 50 })).toHaveLength(MAX_SEARCH_RESULTS);
    expect(gazetteer.search('a')).toHaveLength(MAX_SEARCH_RESULTS);
    expect(gazetteer.search('a', { limit: 0 })).toEqual([]);
    expect(gazetteer.search('a', { limit: Number.NaN })).toHaveLength(MAX_SEARCH_RESULTS);
  });

  it.each(['', '   ', ' - ', '\t'])('returns nothing for the blank query %j', (query) => {
    expect(gazetteer.search(query)).toEqual([]);
  });

  it('returns nothing when no name has the prefix', () => {
    expect(gazetteer.search('qqqxz')).toEqual([]);
    expect(gazetteer.search('amsterdam'.repeat(10_000))).toEqual([]);
  });

  it('knows the countries people live in, by their upper-case code only', () => {
    expect(gazetteer.hasCountry('NL')).toBe(true);
    expect(gazetteer.hasCountry('ZA')).toBe(true);
    expect(gazetteer.hasCountry('nl')).toBe(false);
    expect(gazetteer.hasCountry('ZZ')).toBe(false);
    expect(gazetteer.hasCountry('XX')).toBe(false);
  });

  it('round-trips search results through findById', () => {
    for (const place of gazetteer.search('ber')) expect(gazetteer.findById(place.id)).toEqual(place);
  });

  it.each(['', 'abc', '02657896', '2657896 ', '-1', '99999999999'])('finds nothing for the id %j', (id) => {
    expect(gazetteer.findById(id)).toBeUndefined();
  });

  it('answers a lookup in well under a millisecond', () => {
    const queries = ['a', 's', 'san', 'amst', 'rotterdam', 'zurich', 'den h', 'ut'];
    for (const query of queries) gazetteer.search(query); // warm the JIT
    const started = performance.now();
    for (let round = 0; round < 100; round++) for (const query of queries) gazetteer.search(query, { country: round % 2 === 0 ? 'NL' : undefined });
    const perLookupMs = (performance.now() - started) / (100 * queries.length);
    expect(perLookupMs).toBeLessThan(0.5);
  });
});

describe('Gazetteer ranking on fixtures', () => {
  function city(cityId: number, name: string, population: number, country = 'NL', featureCode = 'PPL'): CityRecord {
    return { cityId, name, country, featureCode, population, loc: { coordinates: [5, 52] } };
  }

  const gazetteer = Gazetteer.fromCityRecords([
    city(1, 'Oosterhout', 50_000),
    city(2, 'Oost', 1_000),
    city(3, 'Oostburg', 5_000, 'nl'),
    city(4, 'Oostende', 70_000, 'BE'),
    city(5, 'Oostwold', 5_000),
    city(6, 'Oostkamp', 9_000, 'BE', 'PPLH'),
  ]);

  it('puts the exact match first, then prefix matches by population, ties alphabetically', () => {
    expect(gazetteer.search('oost').map((place) => place.id)).toEqual(['2', '4', '1', '3', '5']);
  });

  it('upper-cases country codes from the source', () => {
    expect(gazetteer.findById('3')?.countryCode).toBe('NL');
    expect(gazetteer.search('oost', { country: 'nl' }).map((place) => place.id)).toEqual(['2', '1', '3', '5']);
  });

  it('leaves out historical, abandoned and destroyed places', () => {
    expect(gazetteer.findById('6')).toBeUndefined();
    expect(gazetteer.search('oostkamp')).toEqual([]);
  });

  it('hands out copies, so callers cannot corrupt the index', () => {
    const [first] = gazetteer.search('oosterhout');
    first.name = 'changed';
    expect(gazetteer.search('oosterhout')[0].name).toBe('Oosterhout');
  });
});
