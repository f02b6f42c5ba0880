import type { PackagedPlace } from './packaged-places.js';

/** Runs one statement; a TypeORM QueryRunner and a pg client both fit. */
export type RunQuery = (sql: string, parameters?: unknown[]) => Promise<unknown>;

// Big enough that the import is a few dozen statements, small enough for PGlite's message size.
const ROWS_PER_STATEMENT = 20_000;

/**
 * Replaces the contents of `places` and `place_names` with `places`, in array-parameter inserts
 * (unnest) of many rows each: one round trip per chunk, on a server and on the embedded database alike.
 */
export async function importPlaces(query: RunQuery, places: readonly PackagedPlace[]): Promise<void> {
  await query('TRUNCATE places, place_names');
  for (const chunk of chunks(places, ROWS_PER_STATEMENT)) {
    await query(
      `INSERT INTO places (id, name, country_code, lat, lon, population)
       SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::double precision[], $5::double precision[], $6::integer[])`,
      [chunk.map((p) => p.id), chunk.map((p) => p.name), chunk.map((p) => p.countryCode), chunk.map((p) => p.lat), chunk.map((p) => p.lon), chunk.map((p) => p.population)],
    );
  }
  const names = places.flatMap((place) => [
    ...(place.ownKey === '' ? [] : [{ place, key: place.ownKey, ownName: true }]),
    ...place.alternateKeys.map((key) => ({ place, key, ownName: false })),
  ]);
  for (const chunk of chunks(names, ROWS_PER_STATEMENT)) {
    await query(
      `INSERT INTO place_names (key, place_id, country_code, population, own_name)
       SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::integer[], $5::boolean[])`,
      [chunk.map((n) => n.key), chunk.map((n) => n.place.id), chunk.map((n) => n.place.countryCode), chunk.map((n) => n.place.population), chunk.map((n) => n.ownName)],
    );
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
