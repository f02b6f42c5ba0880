import { DataSource } from 'typeorm';
import { MAX_SEARCH_RESULTS, type Place } from '../src/profiles/places/place-search.js';
import { PlacesService } from '../src/profiles/places/places.service.js';
import { startTestApp, TestApp } from './support/test-app.js';

function names(places: readonly Place[]): string[] {
  return places.map((place) => `${place.name}/${place.countryCode}`);
}

function isSortedByPopulationDescending(places: readonly Place[]): boolean {
  return places.every((place, i) => i === 0 || places[i - 1].population >= place.population);
}

/** The gazetteer as the Places migration imports it, searched through the places service and GET /api/places. */
describe('Places in the database', () => {
  let t: TestApp;
  let places: PlacesService;

  beforeAll(async () => {
    t = await startTestApp();
    places = t.app.get(PlacesService);
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  async function firstFor(q: string, country?: string): Promise<Place> {
    const response = await t.http().get('/api/places').query(country === undefined ? { q } : { q, country }).expect(200);
    return (response.body as Place[])[0];
  }

  it('holds the ~135k inhabited places, with their alternate names', async () => {
    const [counts] = await t.app.get(DataSource).query<Array<{ places: number; alternates: number }>>(`SELECT (SELECT count(*) FROM places)::int AS places, (SELECT count(*) FROM place_names WHERE NOT own_name)::int AS alternates`);
    expect(counts.places).toBeGreaterThan(130_000);
    expect(counts.alternates).toBeGreaterThan(400_000);
  });

  describe('alternate names answer with the place itself', () => {
    it('finds The Hague for "Den Haag" and for its old name', async () => {
      expect(await firstFor('Den Haag')).toMatchObject({ id: '2747373', name: 'The Hague', countryCode: 'NL' });
      expect(await firstFor("'s-Gravenhage")).toMatchObject({ name: 'The Hague', countryCode: 'NL' });
    });

    it('finds Kyiv for "Київ", "Kyiv" and "Kiev"', async () => {
      for (const q of ['Київ', 'Kyiv', 'kiev']) expect(await firstFor(q)).toMatchObject({ id: '703448', name: 'Kyiv', countryCode: 'UA' });
    });

    it('finds Köln first for "Cologne" and "Koeln"', async () => {
      expect(await firstFor('Cologne')).toMatchObject({ id: '2886242', name: 'Köln', countryCode: 'DE' });
      expect(await firstFor('Koeln')).toMatchObject({ name: 'Köln', countryCode: 'DE' });
    });

    it('lists a place found by several of its names once', async () => {
      const results = await places.search('kie');
      expect(results.filter((place) => place.id === '703448')).toHaveLength(1);
      expect(new Set(results.map((place) => place.id)).size).toBe(results.length);
    });

    it('filters alternate-name matches by country too', async () => {
      expect(await places.search('Den Haag', { country: 'BE' })).not.toContainEqual(expect.objectContaining({ id: '2747373' }));
    });
  });

  describe('the gazetteer as before', () => {
    it('finds Zürich first for "zurich", with its place fields', async () => {
      const first = await firstFor('zurich');
      expect(first).toEqual({ id: '2657896', name: 'Zürich', countryCode: 'CH', lat: expect.any(Number), lon: expect.any(Number), population: expect.any(Number) });
      expect(first.lat).toBeCloseTo(47.37, 1);
      expect(first.lon).toBeCloseTo(8.55, 1);
    });

    it('ignores accents and case in the query', async () => {
      expect(await places.search('Zürich')).toEqual(await places.search('zurich'));
      expect(await places.search('ZÜRICH')).toEqual(await places.search('zurich'));
    });

    it('finds Amsterdam first for "amst" in NL, and only Dutch places', async () => {
      const results = await places.search('amst', { country: 'NL' });
      expect(results[0]).toMatchObject({ id: '2759794', name: 'Amsterdam' });
      expect(results.every((place) => place.countryCode === 'NL')).toBe(true);
    });

    it('filters by country case-insensitively, and finds nothing in an unknown one', async () => {
      const results = await places.search('amsterdam', { country: ' us ' });
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((place) => place.countryCode === 'US')).toBe(true);
      expect(await places.search('amst', { country: 'XX' })).toEqual([]);
    });

    it('puts exact name matches before larger prefix matches', async () => {
      // Bredasdorp (ZA, ~15k) is bigger than Breda (ES) and Breda (IT), yet "breda" means Breda.
      expect(names(await places.search('breda')).slice(0, 4)).toEqual(['Breda/NL', 'Breda/ES', 'Breda/IT', 'Bredasdorp/ZA']);
    });

    it('ranks prefix matches by population, in the world and within a country', async () => {
      const world = await places.search('s');
      expect(world).toHaveLength(MAX_SEARCH_RESULTS);
      expect(world[0]).toMatchObject({ name: 'Shanghai', countryCode: 'CN' });
      expect(isSortedByPopulationDescending(world)).toBe(true);
      const dutch = await places.search('r', { country: 'nl' });
      expect(dutch[0]).toMatchObject({ name: 'Rotterdam' });
      expect(isSortedByPopulationDescending(dutch)).toBe(true);
    });

    it('maps letters that Unicode does not decompose, and treats punctuation as spacing', async () => {
      expect(await firstFor('giessen')).toMatchObject({ id: '2920512', name: 'Gießen', countryCode: 'DE' });
      expect(await firstFor('lodz')).toMatchObject({ name: 'Łódź', countryCode: 'PL' });
      expect(await firstFor('s-hertogenbosch')).toMatchObject({ name: "'s-Hertogenbosch", countryCode: 'NL' });
    });

    it('honours the limit, capped at 10', async () => {
      expect(await places.search('a', { limit: 3 })).toHaveLength(3);
      expect(await places.search('a', { limit: 50 })).toHaveLength(MAX_SEARCH_RESULTS);
      expect(await places.search('a', { limit: 0 })).toEqual([]);
    });

    it('returns nothing for a blank query or one nothing resembles', async () => {
      for (const q of ['', '   ', ' - ']) expect(await places.search(q)).toEqual([]);
      expect(await places.search('qqqxz')).toEqual([]);
      expect(await places.search('qx'.repeat(10_000))).toEqual([]);
    });

    it('falls back to similar names only when no name starts with the query', async () => {
      expect(await firstFor('amstredam')).toMatchObject({ id: '2759794', name: 'Amsterdam' });
      expect(await firstFor('rotterdamm')).toMatchObject({ name: 'Rotterdam', countryCode: 'NL' });
    });

    it('round-trips search results through findById and findByIds', async () => {
      const found = await places.search('ber');
      for (const place of found) expect(await places.findById(place.id)).toEqual(place);
      expect([...(await places.findByIds(found.map((place) => place.id))).values()]).toEqual(expect.arrayContaining(found));
    });

    it.each(['', 'abc', '02657896', '2657896 ', '-1', '99999999999', '2147483648'])('finds nothing for the id %j', async (id) => {
      expect(await places.findById(id)).toBeUndefined();
    });

    it('leaves out historical, abandoned and destroyed places', async () => {
      const [row] = await t.app.get(DataSource).query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM places WHERE id IN (1121381, 616053)`);
      expect(row.n).toBe(0);
    });
  });
});
