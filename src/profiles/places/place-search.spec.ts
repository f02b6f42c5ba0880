import { likePrefixPattern, MAX_SEARCH_RESULTS, placeIdNumber, placeQuery, rankPlaceCandidates, type Place, type PlaceCandidate, type PlaceMatch } from './place-search.js';

function makePlace(overrides: Partial<Place> = {}): Place {
  return { id: '1', name: 'Somewhere', countryCode: 'NL', lat: 52, lon: 5, population: 1000, ...overrides };
}

function candidate(match: PlaceMatch, overrides: Partial<Place>): PlaceCandidate {
  return { match, place: makePlace(overrides) };
}

describe('placeQuery', () => {
  it('folds the text as names are folded and upper-cases the country', () => {
    expect(placeQuery('  Köln-Süd ', { country: ' de ' })).toEqual({ key: 'koln sud', countryCode: 'DE', limit: MAX_SEARCH_RESULTS });
  });

  it('means every country when the country is blank or absent', () => {
    expect(placeQuery('Kyiv', { country: '  ' })?.countryCode).toBeUndefined();
    expect(placeQuery('Kyiv')?.countryCode).toBeUndefined();
  });

  it('asks for nothing when the text folds to nothing or no result is wanted', () => {
    expect(placeQuery(' -- ')).toBeUndefined();
    expect(placeQuery('Kyiv', { limit: 0 })).toBeUndefined();
  });

  it('keeps the limit between 1 and the maximum, whole', () => {
    expect(placeQuery('a', { limit: 3.7 })?.limit).toBe(3);
    expect(placeQuery('a', { limit: 500 })?.limit).toBe(MAX_SEARCH_RESULTS);
    expect(placeQuery('a', { limit: Number.NaN })?.limit).toBe(MAX_SEARCH_RESULTS);
  });

  it('cuts very long input before folding it', () => {
    expect(placeQuery('a'.repeat(10_000))?.key).toHaveLength(200);
  });
});

describe('rankPlaceCandidates', () => {
  it('puts exact names before prefixes before similar names, whatever the population', () => {
    const ranked = rankPlaceCandidates(
      [candidate('similar', { id: '3', population: 9_000_000 }), candidate('prefix', { id: '2', population: 5_000_000 }), candidate('exact', { id: '1', population: 10 })],
      10,
    );
    expect(ranked.map((place) => place.id)).toEqual(['1', '2', '3']);
  });

  it('orders places with the same kind of match by population, then name, then id', () => {
    const ranked = rankPlaceCandidates(
      [candidate('prefix', { id: '4', name: 'B', population: 5 }), candidate('prefix', { id: '3', name: 'A', population: 5 }), candidate('prefix', { id: '2', name: 'A', population: 5 }), candidate('prefix', { id: '1', name: 'Z', population: 50 })],
      10,
    );
    expect(ranked.map((place) => place.id)).toEqual(['1', '2', '3', '4']);
  });

  it('returns a place found by several names once, at its best match', () => {
    // "Cologne" is an exact alternate name of Köln and also starts other names of it.
    const cologne = { id: '2886242', name: 'Köln', countryCode: 'DE', population: 963_395 };
    const ranked = rankPlaceCandidates([candidate('prefix', cologne), candidate('prefix', { id: '9', name: 'Cologne', countryCode: 'FR', population: 2_000_000 }), candidate('exact', cologne)], 10);
    expect(ranked.map((place) => place.name)).toEqual(['Köln', 'Cologne']);
  });

  it('answers at most `limit` places', () => {
    const many = Array.from({ length: 30 }, (_, i) => candidate('prefix', { id: String(i + 1), population: i }));
    expect(rankPlaceCandidates(many, 4).map((place) => place.population)).toEqual([29, 28, 27, 26]);
  });
});

describe('placeIdNumber', () => {
  it('reads the canonical decimal form only', () => {
    expect(placeIdNumber('2759794')).toBe(2_759_794);
    expect(placeIdNumber('02759794')).toBeUndefined();
    expect(placeIdNumber('2759794.0')).toBeUndefined();
    expect(placeIdNumber('Amsterdam')).toBeUndefined();
  });

  it('refuses ids beyond what the table can hold instead of failing the query', () => {
    expect(placeIdNumber('2147483647')).toBe(2_147_483_647);
    expect(placeIdNumber('2147483648')).toBeUndefined();
  });
});

describe('likePrefixPattern', () => {
  it('escapes the characters LIKE treats specially', () => {
    expect(likePrefixPattern('a_b%c\\')).toBe('a\\_b\\%c\\\\%');
    expect(likePrefixPattern('den haag')).toBe('den haag%');
  });
});
