/**
 * Gazetteer benchmark: time to load and index the GeoNames data, and per-lookup latency
 * over prefixes people really type (the starts of real place names, some with a country filter).
 */
import { performance } from 'node:perf_hooks';
import { Gazetteer, loadCityRecords, type CityRecord, type PlaceSearchOptions } from '../src/profiles/reference/gazetteer.js';
import { createSeededRandom } from '../src/shared-domain/seeded-random.js';

interface Lookup {
  query: string;
  options: PlaceSearchOptions;
}

const LOOKUP_COUNT = 5_000;
const WARM_UP_ROUNDS = 2;
const LOOKUP_SEED = 20240601;
const BIG_PLACES = 5_000;

export async function benchPlaces(log: (line: string) => void): Promise<void> {
  // Yield once so the caller's pending output is flushed before the long synchronous load.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const loading = startTimer();
  const records = loadCityRecords();
  const loadTime = loading.stop();
  const indexing = startTimer();
  const gazetteer = Gazetteer.fromCityRecords(records);
  const indexTime = indexing.stop();
  log(`places: ${gazetteer.size} indexed`);
  log(`places: load ${loadTime}, index ${indexTime}`);

  const lookups = realisticLookups(records, LOOKUP_COUNT);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) timeLookups(gazetteer, lookups);
  const micros = timeLookups(gazetteer, lookups);
  log(`places: ${lookups.length} lookups, ${summarise(micros)}`);
  const shortOnes = lookups.flatMap((lookup, i) => (lookup.query.length <= 2 ? [micros[i]] : []));
  log(`places: ${shortOnes.length} of them 1-2 characters, ${summarise(shortOnes)}`);
}

function timeLookups(gazetteer: Gazetteer, lookups: readonly Lookup[]): number[] {
  return lookups.map(({ query, options }) => {
    const started = process.hrtime.bigint();
    gazetteer.search(query, options);
    return Number(process.hrtime.bigint() - started) / 1_000;
  });
}

/**
 * Starts of place names, weighted towards big places (people mostly look for those), typed in
 * lower case and without accents a third of the time, with a country filter a quarter of the time.
 */
function realisticLookups(records: readonly CityRecord[], count: number): Lookup[] {
  const random = createSeededRandom(LOOKUP_SEED);
  const byPopulation = [...records].sort((a, b) => b.population - a.population);
  return Array.from({ length: count }, () => {
    const poolSize = random() < 0.7 ? BIG_PLACES : byPopulation.length;
    const record = byPopulation[Math.floor(random() * poolSize)];
    const typed = record.name.slice(0, 1 + Math.floor(random() * record.name.length));
    const query = random() < 0.33 ? stripAccents(typed).toLowerCase() : typed;
    return { query, options: random() < 0.25 ? { country: record.country } : {} };
  });
}

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

function summarise(micros: readonly number[]): string {
  const sorted = [...micros].sort((a, b) => a - b);
  const at = (fraction: number): string => `${sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))].toFixed(1)} µs`;
  return `p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}`;
}

/** Wall and CPU time: on a busy machine the CPU time is the steadier of the two. */
function startTimer(): { stop: () => string } {
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  return {
    stop: () => {
      const cpu = process.cpuUsage(cpuStarted);
      return `${(performance.now() - wallStarted).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1_000).toFixed(0)} ms)`;
    },
  };
}
