/**
 * Places benchmark, against the built app as its own process on a throwaway server database:
 * the time to import the gazetteer (the Places migration), the app's memory once idle, and the
 * latency of GET /api/places over HTTP for prefixes people really type (the starts of real place
 * names, some with a country filter), against the targets.
 */
import { execFile, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isISO31661Alpha2 } from 'class-validator';
import { readInhabitedCities, type PackagedCity } from '../src/profiles/places/packaged-places.js';
import { createSeededRandom } from '../src/shared-domain/seeded-random.js';
import type { MemoryReport } from './idle-memory-probe.js';
import { benchAppEnvironment, builtScript, mb, startApp } from './app-process.js';
import { benchServerUrl, createServerDatabase } from './throwaway-database.js';

interface Lookup {
  q: string;
  country?: string;
}

const LOOKUP_COUNT = 3_000;
const WARM_UP_LOOKUPS = 300;
const LOOKUP_SEED = 20240601;
const BIG_PLACES = 5_000;
const SETTLE_MS = 5_000;
const P95_TARGET_MS = 10;
const IDLE_RSS_TARGET_MB = 150;
/** How long the idle app is watched, and from when on its memory counts as idle (V8 shrinks an idle heap after some seconds). */
const IDLE_WATCH_MS = 120_000;
const IDLE_FROM_MS = 60_000;
const IDLE_SAMPLE_EVERY_MS = 2_000;
/** People type these names rather than GeoNames' own ("The Hague", "Kyiv", "Köln"). */
const ALTERNATE_NAMES = ['Den Haag', 'Київ', 'Kiev', 'Cologne', 'Koeln', 'München', 'Munich', 'Warschau', 'Lisboa', 'Roma'];

const run = promisify(execFile);

export async function benchPlaces(log: (line: string) => void): Promise<void> {
  const serverUrl = benchServerUrl();
  if (serverUrl === undefined) throw new Error('places: set BENCH_DATABASE_URL to a PostgreSQL server (the figures are for an app on a server database)');
  const database = await createServerDatabase(serverUrl);
  log(`places: ${database.description}; load ${loadLine()}`);
  try {
    const importing = performance.now();
    await run(process.execPath, [builtScript('../src/cli/main.js'), 'migration:run'], { env: { ...appEnvironment(), DATABASE_URL: database.url } });
    log(`places: migrations with the gazetteer import ${((performance.now() - importing) / 1000).toFixed(1)} s; load ${loadLine()}`);

    log(`places: reference, a process that only loads the app's modules, after GC: ${memoryLine(await moduleGraphMemory())}`);
    await measureIdleApp(database.url, log);

    const app = await startApp(database.url, appEnvironment());
    try {
      await sleep(SETTLE_MS);
      const lookups = realisticLookups(readInhabitedCities(), LOOKUP_COUNT);
      for (const lookup of lookups.slice(0, WARM_UP_LOOKUPS)) await timeLookup(app.url, lookup);
      const millis: number[] = [];
      const floor: number[] = [];
      // The health check between lookups is the reference: what any request costs here and now.
      for (const lookup of lookups) {
        millis.push(await timeLookup(app.url, lookup));
        floor.push(await timeRequest(new URL('/api/health', app.url)));
      }
      const p95 = percentile(millis, 0.95);
      log(`places: reference, GET /api/health between the lookups: ${summarise(floor)}`);
      log(`places: ${lookups.length} lookups over HTTP, one at a time: ${summarise(millis)} (target p95 < ${P95_TARGET_MS} ms: ${p95 < P95_TARGET_MS ? 'met' : 'MISSED'}); load ${loadLine()}`);
      const shortOnes = lookups.flatMap((lookup, i) => (lookup.q.length <= 2 ? [millis[i]] : []));
      log(`places: ${shortOnes.length} of them 1-2 characters, ${summarise(shortOnes)}`);
      const alternates: number[] = [];
      for (let round = 0; round < 20; round++) for (const q of ALTERNATE_NAMES) alternates.push(await timeLookup(app.url, { q }));
      log(`places: ${alternates.length} lookups by alternate names (${ALTERNATE_NAMES.join(', ')}), ${summarise(alternates)}`);
      log(`places: app after the lookups, after GC: ${memoryLine(await app.measure())}`);
    } finally {
      await app.stop();
    }
  } finally {
    await database.drop();
  }
}

function timeLookup(baseUrl: string, lookup: Lookup): Promise<number> {
  const url = new URL('/api/places', baseUrl);
  url.searchParams.set('q', lookup.q);
  if (lookup.country !== undefined) url.searchParams.set('country', lookup.country);
  return timeRequest(url);
}

async function timeRequest(url: URL): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url.pathname}${url.search}: ${response.status}`);
  return elapsed;
}

/** What the code alone holds: the app's module graph imported, nothing started. */
async function moduleGraphMemory(): Promise<MemoryReport> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', builtScript('./idle-memory-probe.js'), '--input-type=module', '-e', `await import(${JSON.stringify(new URL('../src/app.factory.js', import.meta.url).href)}); process.send('ready'); setInterval(() => {}, 1000);`], {
    env: appEnvironment(),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      void exited.then(() => reject(new Error('the module graph did not load')));
    });
    await sleep(SETTLE_MS);
    return await new Promise<MemoryReport>((resolve) => {
      child.once('message', (report) => resolve(report as MemoryReport));
      child.send('measure');
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * The app as `npm start` runs it, left alone: just started (after GC), then sampled without forcing
 * a collection for two minutes, its scheduled jobs running as in production. The idle figure is the
 * highest of the samples from the first minute on, once V8 has shrunk the heap of a quiet process.
 */
async function measureIdleApp(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const { SCHEDULED_JOBS: _notInProduction, ...production } = appEnvironment();
  const app = await startApp(databaseUrl, production);
  try {
    const started = performance.now();
    await sleep(SETTLE_MS);
    log(`places: app just started (${SETTLE_MS / 1000} s), after GC: ${memoryLine(await app.measure())}`);
    const idle: MemoryReport[] = [];
    while (performance.now() - started < IDLE_WATCH_MS) {
      await sleep(IDLE_SAMPLE_EVERY_MS);
      const sample = await app.sample();
      if (performance.now() - started >= IDLE_FROM_MS) idle.push(sample);
    }
    const rss = idle.map((sample) => mb(sample.rss));
    const highest = idle[rss.indexOf(Math.max(...rss))];
    log(
      `places: idle app with its scheduled jobs, ${IDLE_FROM_MS / 1000}-${IDLE_WATCH_MS / 1000} s after start, ${idle.length} samples without forced GC: ` +
        `RSS median ${percentile(rss, 0.5).toFixed(0)} MB, highest ${memoryLine(highest)} (target RSS ≤ ${IDLE_RSS_TARGET_MB} MB: ${mb(highest.rss) <= IDLE_RSS_TARGET_MB ? 'met' : 'MISSED'}); load ${loadLine()}`,
    );
  } finally {
    await app.stop();
  }
}

/** Production settings, nothing scheduled, no limits in the way of one caller's many lookups. */
function appEnvironment(): NodeJS.ProcessEnv {
  return benchAppEnvironment(fileURLToPath(new URL('../../test-artifacts/places-bench', import.meta.url)));
}

/**
 * Starts of place names, weighted towards big places (people mostly look for those), typed in
 * lower case and without accents a third of the time, with a country filter a quarter of the time.
 */
function realisticLookups(cities: readonly PackagedCity[], count: number): Lookup[] {
  const random = createSeededRandom(LOOKUP_SEED);
  const byPopulation = [...cities].sort((a, b) => b.population - a.population);
  return Array.from({ length: count }, () => {
    const poolSize = random() < 0.7 ? BIG_PLACES : byPopulation.length;
    const city = byPopulation[Math.floor(random() * poolSize)];
    const typed = city.name.slice(0, 1 + Math.floor(random() * city.name.length));
    const q = random() < 0.33 ? stripAccents(typed).toLowerCase() : typed;
    // The API takes ISO 3166-1 codes only; GeoNames also has Kosovo's XK.
    return random() < 0.25 && isISO31661Alpha2(city.countryCode) ? { q, country: city.countryCode } : { q };
  });
}

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function summarise(millis: readonly number[]): string {
  const at = (fraction: number): string => `${percentile(millis, fraction).toFixed(1)} ms`;
  return `p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${at(1)}`;
}

function memoryLine(report: MemoryReport): string {
  return `RSS ${mb(report.rss).toFixed(0)} MB (JS heap used ${mb(report.heapUsed).toFixed(0)} MB of ${mb(report.heapTotal).toFixed(0)} MB, V8 total ${mb(report.totalHeapSize).toFixed(0)} MB, external ${mb(report.external).toFixed(0)} MB, array buffers ${mb(report.arrayBuffers).toFixed(0)} MB)`;
}

function loadLine(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
