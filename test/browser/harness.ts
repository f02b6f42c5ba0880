/**
 * Browser-test plumbing: the built app on a fresh database, Chromium through playwright-core,
 * axe-core on every page, screenshots into test-artifacts/, and a tiny sequential test runner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const STAFF = { email: 'staff@example.org', password: 'coordinator-lantern-8842' };

export interface RunningApp {
  baseUrl: string;
  /** Where the app writes each email as an `.eml` file: it runs without SMTP_URL. */
  outboxDir: string;
  stop(): Promise<void>;
}

/** A database of its own: a new one on TEST_DATABASE_URL's server, else the embedded default in a temp dir. */
async function freshDatabase(): Promise<{ env: Record<string, string> & { DATA_DIR: string }; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-browser-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const removeDir = (): void => rmSync(dataDir, { recursive: true, force: true });
  if (serverUrl === undefined || serverUrl === '') return { env: { DATA_DIR: dataDir }, drop: () => Promise.resolve(removeDir()) };
  const name = `cg_browser_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startApp(): Promise<RunningApp> {
  const database = await freshDatabase();
  const port = 4100 + Math.floor(Math.random() * 800);
  const baseUrl = `http://127.0.0.1:${port}`;
  // Links in emails point at the address the browser uses.
  const env: NodeJS.ProcessEnv = { ...process.env, ...database.env, PORT: String(port), PUBLIC_URL: baseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', STAFF_EMAIL: STAFF.email, STAFF_PASSWORD: STAFF.password, STAFF_NAME: 'Sam Staff' };
  if (database.env.DATABASE_URL === undefined) delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitUntilHealthy(child, baseUrl);
  return {
    baseUrl,
    outboxDir: join(database.env.DATA_DIR, 'outbox'),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    },
  };
}

async function waitUntilHealthy(child: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error('the app did not become healthy within 120 s');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page as it is now; fails on serious or critical violations, prints the rest. */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate<AxeViolation[]>(`(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  })()`);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !blocking.includes(x))) console.log(`    axe (${label}): ${v.impact ?? '?'} ${v.id}: ${v.help}`);
  if (blocking.length > 0) {
    throw new Error(`axe on ${label}: ${blocking.map((v) => `${v.impact ?? '?'} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`).join('; ')}`);
  }
  checkedPages.add(label);
}
export const checkedPages = new Set<string>();

let shot = 0;
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  shot += 1;
  await page.screenshot({ path: join(SCREENSHOTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** A page and its checks in one step: axe, then a screenshot under the same name. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  await screenshot(page, name);
}

export const TOUCH_TARGET_PX = 44;

/**
 * Fails listing every visible control smaller than 44×44 px: buttons, links other than those inside a
 * sentence (WCAG 2.5.8 exempts inline links), form fields, and the labels of checkboxes and radios.
 */
export async function checkTouchTargets(page: Page, label: string): Promise<void> {
  const small = await page.evaluate<string[]>(`(() => {
    const minimum = ${TOUCH_TARGET_PX};
    const found = [];
    for (const element of document.querySelectorAll('button, [role="button"], a[href], input:not([type="hidden"]), select, textarea')) {
      if (element.matches('a') && element.closest('p, dd, td') !== null) continue;
      if (element.closest('.visually-hidden, [hidden]') !== null || !element.checkVisibility({ visibilityProperty: true })) continue;
      const choice = element.matches('input[type="checkbox"], input[type="radio"]');
      const target = choice && element.labels.length > 0 ? element.labels[0] : element;
      const box = target.getBoundingClientRect();
      // Off the page (the skip link until focused) or collapsed: nothing to touch.
      if (box.bottom + window.scrollY <= 0 || box.width === 0 || box.height === 0) continue;
      if (box.width < minimum || box.height < minimum) {
        const name = (target.getAttribute('aria-label') || target.textContent || '').trim().slice(0, 40) || target.id || target.tagName.toLowerCase();
        found.push(target.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(box.width) + '×' + Math.round(box.height));
      }
    }
    return found;
  })()`);
  assert(small.length === 0, `touch targets under ${TOUCH_TARGET_PX} px on ${label}: ${small.join('; ')}`);
}

/** A call of the app's API as an API client makes it (bearer token, JSON), for journeys that set people up directly. */
export async function api<T>(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The page does not scroll sideways at `width`; when it does, the message names the elements
 * reaching furthest right, so a failure says what to fix.
 */
export async function fitsWidth(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  if (scrollWidth <= width) return;
  // A string, as the browser tests are compiled without the DOM's types.
  const widest = await page.evaluate<string[]>(`(() => {
    const describe = (element) => element.tagName.toLowerCase() + (element.id === '' ? '' : '#' + element.id) + [...element.classList].map((name) => '.' + name).join('');
    return [...document.body.querySelectorAll('*')]
      .map((element) => ({ element, right: Math.round(element.getBoundingClientRect().right) }))
      .filter(({ element, right }) => right > ${width} && ![...element.children].some((child) => child.getBoundingClientRect().right > ${width}))
      .slice(0, 5)
      .map(({ element, right }) => describe(element) + ' (right edge ' + right + 'px)');
  })()`);
  assert(false, `the page scrolls sideways at ${width}px (scrollWidth ${scrollWidth}): ${widest.join(', ')}`);
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export interface TestCase {
  name: string;
  run: () => Promise<void>;
}

/** Runs tests in order (later ones build on earlier ones) and reports each; returns the failures. */
export async function runTests(tests: readonly TestCase[], onFailure: (test: TestCase) => Promise<void>): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    try {
      await test.run();
      passed += 1;
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${test.name} (${Date.now() - started} ms)\n    ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n    ') : String(error)}`);
      await onFailure(test).catch(() => undefined);
    }
  }
  return { passed, failed };
}
