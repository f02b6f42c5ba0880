/**
 * Realistic synthetic people for demos and benchmarks, reproducible from a seed: places weighted
 * by population in a few countries, languages that fit who people are, interests from the
 * taxonomy, evening and weekend availability, hosts mostly verified.
 */
import type { StoredAvailability, StoredLanguage } from '../profiles/profile.entity.js';
import { readInhabitedCities } from '../profiles/places/packaged-places.js';
import { listInterests } from '../profiles/reference/interests.js';
import { createSeededRandom, randomInt, type RandomSource } from '../shared-domain/seeded-random.js';

export interface SyntheticPerson {
  id: string;
  email: string;
  displayName: string;
  role: 'migrant' | 'host';
  verification: 'pending' | 'verified' | null;
  createdAt: Date;
  completedAt: Date;
  bio: string;
  birthYear: number;
  gender: 'female' | 'male' | 'nonbinary' | 'unspecified';
  partnerGender: 'any' | 'same';
  place: { id: string; name: string; countryCode: string; lat: number; lon: number };
  maxDistanceKm: number;
  meetOnline: boolean;
  languages: StoredLanguage[];
  learning: string[];
  interests: string[];
  availability: StoredAvailability[];
  timezone: string;
  capacity: number | null;
}

interface Country {
  code: string;
  timezone: string;
  /** Local languages hosts speak natively, with their share. */
  local: Array<[string, number]>;
  /** Where the country's newcomers come from, by native language; the European mix by default. */
  migrantNative?: Array<[string, number]>;
  /** Scales the country's share of people, which follows its places' population. */
  weight?: number;
}

const MIGRANT_NATIVE: Array<[string, number]> = [['ar', 0.3], ['uk', 0.25], ['fa', 0.1], ['ti', 0.08], ['so', 0.07], ['prs', 0.05], ['ps', 0.05], ['ru', 0.05], ['tr', 0.05]];
const COUNTRIES: readonly Country[] = [
  { code: 'NL', timezone: 'Europe/Amsterdam', local: [['nl', 1]] },
  { code: 'BE', timezone: 'Europe/Brussels', local: [['nl', 0.6], ['fr', 0.4]] },
  { code: 'DE', timezone: 'Europe/Berlin', local: [['de', 1]] },
  { code: 'FR', timezone: 'Europe/Paris', local: [['fr', 1]] },
  // South Africa, for the Ubuntu-like example programme around Johannesburg: a smaller share of people.
  {
    code: 'ZA',
    timezone: 'Africa/Johannesburg',
    local: [['zu', 0.35], ['en', 0.25], ['st', 0.2], ['xh', 0.2]],
    migrantNative: [['sn', 0.3], ['sw', 0.2], ['pt', 0.15], ['fr', 0.15], ['ny', 0.1], ['so', 0.1]],
    weight: 0.3,
  },
];
const HOST_EXTRA: Array<[string, number]> = [['ar', 0.06], ['uk', 0.04], ['ru', 0.04], ['es', 0.08], ['tr', 0.03]];
const DISTANCES: Array<[number, number]> = [[5, 0.15], [10, 0.3], [15, 0.25], [20, 0.15], [30, 0.15]];
const WINDOWS: ReadonlyArray<[number[], string, string]> = [
  [[1, 2, 3, 4, 5], '18:00', '21:00'],
  [[1, 2, 3, 4, 5], '19:00', '21:30'],
  [[3], '13:00', '16:00'],
  [[6], '10:00', '13:00'],
  [[6], '14:00', '17:00'],
  [[7], '11:00', '16:00'],
  [[1, 2, 4, 5], '09:30', '12:00'],
];
const FIRST_NAMES = ['Amal', 'Olena', 'Yonas', 'Fatima', 'Dmytro', 'Hamid', 'Sahra', 'Joost', 'Sanne', 'Lukas', 'Camille', 'Marie', 'Pieter', 'Anna', 'Omar', 'Iryna', 'Noor', 'Thomas', 'Léa', 'Jonas'];
const SEED_EPOCH = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

interface PlacePool {
  places: SyntheticPerson['place'][];
  cumulative: Float64Array;
}

function pick<T>(random: RandomSource, weighted: ReadonlyArray<[T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

function sample<T>(random: RandomSource, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}

/** A UUID v4 from the seeded stream, so the same seed gives the same ids. */
function seededUuid(random: RandomSource): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (Math.floor(random() * 4) + 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

let placePools: Map<string, PlacePool> | undefined;
const populations = new Map<string, number>();

/** Inhabited places of the packaged GeoNames data per country, with a population-weighted lottery. */
function placesByCountry(): Map<string, PlacePool> {
  if (placePools !== undefined) return placePools;
  const wanted = new Set(COUNTRIES.map((c) => c.code));
  const grouped = new Map<string, SyntheticPerson['place'][]>();
  for (const city of readInhabitedCities()) {
    if (!wanted.has(city.countryCode) || city.population <= 0) continue;
    const id = String(city.id);
    const list = grouped.get(city.countryCode) ?? [];
    list.push({ id, name: city.name, countryCode: city.countryCode, lat: city.lat, lon: city.lon });
    grouped.set(city.countryCode, list);
    populations.set(id, city.population);
  }
  placePools = new Map();
  for (const [country, places] of grouped) {
    const cumulative = new Float64Array(places.length);
    let running = 0;
    places.forEach((place, index) => {
      running += populations.get(place.id) ?? 0;
      cumulative[index] = running;
    });
    placePools.set(country, { places, cumulative });
  }
  return placePools;
}
function pickPlace(random: RandomSource, pool: PlacePool): SyntheticPerson['place'] {
  const roll = random() * pool.cumulative[pool.cumulative.length - 1];
  let low = 0;
  let high = pool.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pool.cumulative[middle] > roll) high = middle;
    else low = middle + 1;
  }
  return pool.places[low];
}

function availability(random: RandomSource): StoredAvailability[] {
  return sample(random, WINDOWS, randomInt(random, 1, 3)).map(([days, start, end]) => ({ day: days[Math.floor(random() * days.length)], start, end }));
}

function languagesOf(random: RandomSource, role: 'migrant' | 'host', country: Country): { languages: StoredLanguage[]; learning: string[] } {
  const local = pick(random, country.local);
  const languages: StoredLanguage[] = [];
  const add = (code: string, level: StoredLanguage['level']) => {
    if (!languages.some((l) => l.code === code)) languages.push({ code, level });
  };
  if (role === 'migrant') {
    const native = pick(random, country.migrantNative ?? MIGRANT_NATIVE);
    add(native, 'native');
    if (native === 'uk' && random() < 0.6) add('ru', 'fluent');
    if (random() < 0.5) add('en', pick(random, [['basic', 0.4], ['conversational', 0.4], ['fluent', 0.2]]));
    if (random() < 0.4) add(local, pick(random, [['basic', 0.7], ['conversational', 0.3]]));
    return { languages, learning: random() < 0.8 ? [local] : [] };
  }
  add(local, 'native');
  if (random() < 0.75) add('en', pick(random, [['fluent', 0.6], ['conversational', 0.4]]));
  if (random() < 0.2) add(local === 'fr' ? 'de' : 'fr', 'conversational');
  if (random() < 0.25) add(pick(random, HOST_EXTRA), pick(random, [['basic', 0.4], ['conversational', 0.4], ['native', 0.2]]));
  return { languages, learning: random() < 0.1 ? [pick(random, [['ar', 1], ['uk', 1]])] : [] };
}

export interface SyntheticOptions {
  migrants: number;
  hosts: number;
  seed: number;
}

/** Generates people lazily, migrants first; numbering gives emails seed-<seed>-<n>@example.org. */
export function* syntheticPeople(options: SyntheticOptions): Generator<SyntheticPerson> {
  const random = createSeededRandom(options.seed);
  const pools = placesByCountry();
  const interests = listInterests().map((i) => i.code);
  const countryWeights: Array<[Country, number]> = COUNTRIES.map((c) => [c, (pools.get(c.code)?.cumulative.at(-1) ?? 0) * (c.weight ?? 1)]);
  for (let n = 1; n <= options.migrants + options.hosts; n++) {
    const role = n <= options.migrants ? 'migrant' : 'host';
    const country = pick(random, countryWeights);
    const pool = pools.get(country.code);
    if (pool === undefined) throw new Error(`no places for ${country.code}`);
    const createdAt = new Date(SEED_EPOCH - randomInt(random, 0, 120) * DAY_MS - randomInt(random, 0, DAY_MS - 1));
    const gender = pick(random, [['female', 0.5], ['male', 0.45], ['nonbinary', 0.02], ['unspecified', 0.03]] as Array<[SyntheticPerson['gender'], number]>);
    const name = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
    yield {
      id: seededUuid(random),
      email: `seed-${options.seed}-${n}@example.org`,
      displayName: `${name} ${String.fromCharCode(65 + Math.floor(random() * 26))}.`,
      role,
      verification: role === 'host' ? (random() < 0.15 ? 'pending' : 'verified') : null,
      createdAt,
      completedAt: new Date(createdAt.getTime() + randomInt(random, 0, 2 * DAY_MS)),
      bio: role === 'host' ? `Volunteer from ${country.code}, happy to meet up.` : 'New here and glad to meet people.',
      birthYear: randomInt(random, 1950, 2005),
      gender,
      partnerGender: gender !== 'unspecified' && random() < 0.15 ? 'same' : 'any',
      place: pickPlace(random, pool),
      maxDistanceKm: pick(random, DISTANCES),
      meetOnline: random() < 0.05,
      ...languagesOf(random, role, country),
      interests: sample(random, interests, randomInt(random, 2, 5)),
      availability: availability(random),
      timezone: country.timezone,
      capacity: role === 'host' ? randomInt(random, 1, 3) : null,
    };
  }
}
