/**
 * `npm run lighthouse`: Lighthouse in mobile mode (its defaults: a phone, simulated throttling) on
 * the built app's landing, profile, suggestions and chat pages, against the targets of issue #27.
 * A measurement like the benchmarks, not a test: it prints the scores and exits 0 whatever they are.
 * Each page is measured `--runs N` times (5 unless told) and the run Lighthouse's own
 * computeMedianRun picks stands for it, as Lighthouse's guide on variability advises: on a shared
 * machine one run's score can move by ten points.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { throttling } from 'lighthouse/core/config/constants.js';
import puppeteer, { type Page } from 'puppeteer-core';
import { io } from 'socket.io-client';
import { api, CHROMIUM_FLAGS, STAFF, startApp, type RunningApp } from './harness.js';
import { allTargetsMet, CATEGORY_TARGETS, formatReport, pageReport, type PageReport } from './lighthouse-report.js';
import { joinInAmsterdam, type Joiner } from './round-review-journeys.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORTS = join(process.cwd(), 'test-artifacts', 'lighthouse');
const NEWCOMER: Joiner = { displayName: 'Layla Lighthouse', email: 'layla.lighthouse@example.org', password: 'harbour-lantern-Delft-61', role: 'migrant' };
const VOLUNTEER: Joiner = { displayName: 'Joost Lighthouse', email: 'joost.lighthouse@example.org', password: 'polder-windmill-Gouda-38', role: 'host' };

interface Account {
  accessToken: string;
  user: { id: string };
}

/** The newcomer's active match with a verified volunteer who has written first. */
async function activeMatchWithAMessage(baseUrl: string): Promise<string> {
  const staff = await api<Account>(baseUrl, '/api/auth/login', { method: 'POST', body: STAFF });
  const newcomer = await joinInAmsterdam(baseUrl, NEWCOMER);
  const volunteer = await joinInAmsterdam(baseUrl, VOLUNTEER);
  await api(baseUrl, `/api/staff/volunteers/${volunteer.user.id}/verify`, { method: 'POST', token: staff.accessToken, body: { note: 'References checked' } });
  const match = await api<{ id: string }>(baseUrl, '/api/matches', { method: 'POST', token: newcomer.accessToken, body: { partnerId: volunteer.user.id } });
  await api(baseUrl, `/api/matches/${match.id}/accept`, { method: 'POST', token: volunteer.accessToken });
  await sendMessage(baseUrl, volunteer.accessToken, match.id, 'Welcome! Shall we meet for coffee at the library on Monday evening?');
  return match.id;
}

async function sendMessage(baseUrl: string, token: string, matchId: string, body: string): Promise<void> {
  const socket = io(`${baseUrl}/chat`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  try {
    await socket.timeout(10_000).emitWithAck('join', { matchId });
    const ack = (await socket.timeout(10_000).emitWithAck('send', { matchId, clientId: randomUUID(), body })) as { ok: boolean; error?: string };
    if (!ack.ok) throw new Error(`the message was refused: ${ack.error ?? 'no reason given'}`);
  } finally {
    socket.disconnect();
  }
}

/** Signs the browser in with the session cookie, as the client does. */
async function signIn(page: Page, baseUrl: string, person: Joiner): Promise<void> {
  await page.goto(`${baseUrl}/api/health`);
  const status = await page.evaluate(async (credentials) => {
    const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-session-mode': 'cookie' }, body: JSON.stringify(credentials) });
    return response.status;
  }, { email: person.email, password: person.password });
  if (status !== 200 && status !== 201) throw new Error(`signing in answered ${status}`);
}

/**
 * Lighthouse's own storage reset would clear the session cookie, so signed-in pages start from what
 * it would otherwise clear, less the cookie: no service worker, no caches, empty local storage.
 */
async function forgetAllButTheCookie(page: Page, baseUrl: string): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'service_workers,cache_storage,local_storage,indexeddb' });
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/**
 * `--cpu-slowdown N`: Lighthouse's mobile network with another CPU multiplier than its 4×, which is
 * meant for a fast desktop; Lighthouse's throttling guide calibrates it from the benchmark index.
 */
function throttlingFromArguments(args: readonly string[]): Flags['throttling'] {
  const index = args.indexOf('--cpu-slowdown');
  if (index < 0) return undefined;
  const multiplier = Number(args[index + 1]);
  if (!Number.isFinite(multiplier) || multiplier < 1) throw new Error('--cpu-slowdown takes a number of at least 1');
  return { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier };
}

/** `--runs N`: how many times each page is measured; the median run is reported. */
function runsFromArguments(args: readonly string[]): number {
  const index = args.indexOf('--runs');
  if (index < 0) return 5;
  const runs = Number(args[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return runs;
}

/** A run's performance score, or what kept Lighthouse from scoring it (its error, else the metrics that failed). */
function performanceOf(result: Result): string {
  const score = result.categories.performance?.score;
  if (typeof score === 'number') return String(Math.round(score * 100));
  if (result.runtimeError !== undefined) return `no score (${result.runtimeError.code})`;
  const failed = (result.categories.performance?.auditRefs ?? []).filter((ref) => ref.weight > 0 && result.audits[ref.id]?.scoreDisplayMode === 'error').map((ref) => ref.id);
  return `no score (${failed.join(', ') || 'no reason given'})`;
}

interface Measurement {
  report: PageReport;
  /** The performance score of every run, in the order they ran, or why a run has none. */
  performanceRuns: string[];
}

async function measure(page: Page, name: string, url: string, signedIn: boolean, throttlingSettings: Flags['throttling'], runs: number, beforeEachRun: () => Promise<void>): Promise<Measurement> {
  const flags: Flags = { logLevel: 'error', onlyCategories: CATEGORY_TARGETS.map((category) => category.id), disableStorageReset: signedIn, ...(throttlingSettings === undefined ? {} : { throttling: throttlingSettings }) };
  const results: Result[] = [];
  for (let run = 0; run < runs; run += 1) {
    await beforeEachRun();
    const outcome = await lighthouse(url, flags, undefined, page);
    if (outcome === undefined) throw new Error(`Lighthouse returned nothing for ${name}`);
    results.push(outcome.lhr);
  }
  const valid = filterToValidRuns(results);
  // A page that never painted in any run is reported with Lighthouse's error rather than a median.
  const median = valid.length === 0 ? results[0] : computeMedianRun(valid);
  if (median === undefined) throw new Error(`no run of ${name}`);
  writeFileSync(join(REPORTS, `${name}.json`), JSON.stringify(median, null, 1));
  return { report: pageReport(name, median), performanceRuns: results.map(performanceOf) };
}

async function main(): Promise<void> {
  if (!existsSync('dist/src/main.js') || !existsSync('dist/client/index.html')) throw new Error('build the app first: npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  // The throwaway database goes on the benchmarks' server when one is named.
  process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
  const throttlingSettings = throttlingFromArguments(process.argv.slice(2));
  const runs = runsFromArguments(process.argv.slice(2));
  mkdirSync(REPORTS, { recursive: true });
  let app: RunningApp | undefined;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, defaultViewport: null });
  try {
    app = await startApp();
    const { baseUrl } = app;
    const matchId = await activeMatchWithAMessage(baseUrl);
    const page = await browser.newPage();
    const version = await browser.version();
    const load = loadavg().map((value) => value.toFixed(2)).join(', ');
    const cpu = throttlingSettings?.cpuSlowdownMultiplier ?? throttling.mobileSlow4G.cpuSlowdownMultiplier;
    console.log(`Lighthouse 12 (mobile, simulated throttling, CPU ${cpu}× slower) on ${version}; the median of ${runs} runs a page; load average ${load}`);

    const nothing = (): Promise<void> => Promise.resolve();
    const measurements = [await measure(page, 'landing', `${baseUrl}/#/`, false, throttlingSettings, runs, nothing)];
    await signIn(page, baseUrl, NEWCOMER);
    for (const [name, hash] of [['profile', '#/profile'], ['suggestions', '#/suggestions'], ['chat', `#/matches/${matchId}`]] as const) {
      measurements.push(await measure(page, name, `${baseUrl}/${hash}`, true, throttlingSettings, runs, () => forgetAllButTheCookie(page, baseUrl)));
    }
    const reports = measurements.map((measurement) => measurement.report);
    console.log(formatReport(reports));
    console.log(`\nperformance of each run: ${measurements.map((measurement) => `${measurement.report.page} ${measurement.performanceRuns.join(', ')}`).join('; ')}`);
    console.log(`\n${allTargetsMet(reports) ? 'every target met' : 'some targets not met'}; load average after: ${loadavg().map((value) => value.toFixed(2)).join(', ')}; reports in ${REPORTS}`);
  } finally {
    await browser.close();
    await app?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
