/**
 * `npm run test:browser`: the built app on a fresh database, driven in real Chromium.
 * Prints one line per test and a closing "N passed, M failed"; exits non-zero on any failure.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { checkedPages, CHROMIUM_FLAGS, runTests, screenshot, startApp, type RunningApp } from './harness.js';
import { journeys } from './journeys.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INITIAL_JS_BUDGET_KB = 250;

/** The JavaScript the browser must fetch before the first page renders (entry + preloads), gzipped. */
function initialJsKb(): { kb: number; files: string[] } {
  const html = readFileSync('dist/client/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist/client', file))).length, 0);
  return { kb: Math.round(bytes / 102.4) / 10, files };
}

async function main(): Promise<number> {
  if (!existsSync('dist/src/main.js') || !existsSync('dist/client/index.html')) execSync('npm run build', { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const bundle = initialJsKb();
  console.log(`initial JS (gzip): ${bundle.kb} kB in ${bundle.files.join(', ')}`);

  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  try {
    app = await startApp();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    const suite = journeys(browser, app);
    const bundleTest = {
      name: `initial JS stays under ${INITIAL_JS_BUDGET_KB} kB gzip`,
      run: () => (bundle.kb < INITIAL_JS_BUDGET_KB ? Promise.resolve() : Promise.reject(new Error(`initial JS is ${bundle.kb} kB gzip`))),
    };
    const result = await runTests([bundleTest, ...suite.tests], async (test) => {
      for (const [index, page] of suite.pages().entries()) await screenshot(page, `FAILED-${test.name.slice(0, 40).replace(/\W+/g, '-')}-${index}`);
    });
    await suite.close();
    console.log(`axe-core checked ${checkedPages.size} pages: ${[...checkedPages].join(', ')}`);
    console.log(`${result.passed} passed, ${result.failed} failed`);
    return result.failed === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await app?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
