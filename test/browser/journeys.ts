/**
 * The journeys the server supports today, in real Chromium: sign-up (with errors and in Arabic),
 * profiles (the step-by-step profile in onboarding-journeys.ts), volunteer vetting by staff, matches (match-journeys.ts), organisations and programmes
 * (programme-journeys.ts), the first visit (landing-journeys.ts), logging out and in, export,
 * email and password recovery (email-journeys.ts), erasure, and a matching round reviewed and
 * proposed (round-review-journeys.ts). Each step runs axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { designJourneys } from './design-journeys.js';
import { emailJourneys } from './email-journeys.js';
import { assert, assertEqual, checkPage, fitsWidth, STAFF, type RunningApp, type TestCase } from './harness.js';
import { landingJourneys } from './landing-journeys.js';
import { matchJourneys } from './match-journeys.js';
import { onboardingJourneys } from './onboarding-journeys.js';
import { peopleJourneys } from './people-journeys.js';
import { phoneJourneys } from './phone-journeys.js';
import { programmeJourneys } from './programme-journeys.js';
import { pwaJourneys } from './pwa-journeys.js';
import { roundReviewJourneys } from './round-review-journeys.js';
import { staffMatchesJourneys } from './staff-matches-journeys.js';
import { twoFactorJourneys } from './two-factor-journeys.js';

const MIGRANT = { name: 'Mariam Migrant', email: 'mariam@example.org', password: 'olive-harbour-Utrecht-7' };
const HOST = { name: 'Hanna Host', email: 'hanna@example.org', password: 'tulip-bicycle-Leiden-31' };
const LEAVER = { name: 'Dana Leaver', email: 'dana@example.org', password: 'sunflower-river-Kyiv-58' };

export interface Journeys {
  tests: TestCase[];
  pages(): Page[];
  close(): Promise<void>;
}

async function open(browser: Browser, baseUrl: string, options: { width: number; timezoneId: string; locale: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width, height: 800 },
    timezoneId: options.timezoneId,
    locale: options.locale,
    // axe-core is injected as an inline script, which the app's CSP would (rightly) refuse.
    bypassCSP: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function signUp(page: Page, person: { name: string; email: string; password: string }, role: 'migrant' | 'host'): Promise<void> {
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByLabel(role === 'migrant' ? 'A newcomer who would like to meet local people' : 'A local volunteer (host)').check();
  await page.getByLabel('I accept the terms and the privacy notice').check();
  await page.getByRole('button', { name: 'Create my account' }).click();
}

/** Fills the parts of the profile both roles share; the place is chosen by typing, as people do. */
async function fillProfile(page: Page, place: { type: string; pick: string; byKeyboard: boolean }, languages: Array<[string, string]>): Promise<void> {
  const combobox = page.getByRole('combobox', { name: 'Place where you live' });
  await combobox.fill(place.type);
  await page.getByRole('option', { name: place.pick }).first().waitFor();
  if (place.byKeyboard) {
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
  } else {
    await page.getByRole('option', { name: place.pick }).first().click();
  }
  assertEqual(await combobox.inputValue(), place.pick, 'chosen place');
  await page.getByLabel('How far will you travel? (km)').fill('25');
  await page.getByLabel('Gender', { exact: true }).selectOption('female');
  await page.getByLabel('Who would you like to meet?').selectOption('any');
  for (const [index, [code, level]] of languages.entries()) {
    await page.getByRole('button', { name: 'Add a language' }).click();
    await page.getByLabel(`Language ${index + 1}`, { exact: true }).selectOption(code);
    await page.locator(`#level-${index}`).selectOption(level);
  }
  await page.getByLabel('Cooking').check();
  await page.getByLabel('Walking and hiking').check();
  await page.getByLabel('Day', { exact: true }).selectOption('3');
  await page.getByLabel('From', { exact: true }).fill('18:00');
  await page.getByLabel('Until', { exact: true }).fill('21:00');
  await page.getByRole('button', { name: 'Add time' }).click();
  await page.getByRole('button', { name: 'Remove Wednesday 18:00–21:00' }).waitFor();
}

export function journeys(browser: Browser, app: RunningApp): Journeys {
  const { baseUrl, outboxDir } = app;
  const contexts: BrowserContext[] = [];
  let migrant: Page;
  let host: Page;
  let staff: Page;
  const requested: string[] = [];

  async function person(options: { width: number; timezoneId: string; locale: string }): Promise<Page> {
    const { context, page } = await open(browser, baseUrl, options);
    contexts.push(context);
    return page;
  }

  const tests: TestCase[] = [
    {
      name: 'sign-up: a language selector labelled "Language", and errors next to the fields',
      async run() {
        migrant = await person({ width: 360, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        migrant.on('request', (request) => requested.push(request.url()));
        await migrant.goto('/');
        await heading(migrant, 'Meet people where you live');
        await migrant.getByRole('link', { name: 'Sign up', exact: true }).click();
        await heading(migrant, 'Sign up');
        await migrant.getByLabel('Language', { exact: true }).waitFor();
        await migrant.getByRole('button', { name: 'Create my account' }).click();
        assertEqual(await migrant.locator('#displayName-error').textContent(), 'Please enter your name.', 'name error');
        assertEqual(await migrant.locator('#password-error').textContent(), 'The password must have at least 10 characters.', 'password error');
        assertEqual(await migrant.getByLabel('Password').getAttribute('aria-invalid'), 'true', 'password marked invalid');
        assertEqual(await migrant.getByLabel('Password').getAttribute('aria-describedby'), 'password-hint password-error', 'password error announced with the field');
        await fitsWidth(migrant, 360);
        await checkPage(migrant, 'signup-errors-360px');
      },
    },
    {
      name: 'sign-up in Arabic: <html dir="rtl" lang="ar">, mirrored, and remembered after a reload',
      async run() {
        await migrant.getByLabel('Language', { exact: true }).selectOption('ar');
        await heading(migrant, 'إنشاء حساب');
        assertEqual(await migrant.evaluate('[document.documentElement.lang, document.documentElement.dir]'), ['ar', 'rtl'], 'html lang/dir');
        await migrant.reload();
        await heading(migrant, 'إنشاء حساب');
        assertEqual(await migrant.evaluate('document.documentElement.dir'), 'rtl', 'dir after reload');
        // The selector keeps the English word, so anyone can find it.
        await migrant.getByLabel('اللغة (Language)').waitFor();
        const brandRight = await migrant.evaluate<number>("document.querySelector('.brand').getBoundingClientRect().right");
        assert(brandRight > 300, `the brand sits on the right in RTL (right edge at ${brandRight}px)`);
        await fitsWidth(migrant, 360);
        await checkPage(migrant, 'signup-arabic-rtl');
        await migrant.getByLabel('اللغة (Language)').selectOption('en');
        await heading(migrant, 'Sign up');
        assertEqual(await migrant.evaluate('document.documentElement.dir'), 'ltr', 'dir back to ltr');
      },
    },
    {
      name: 'a migrant signs up and sees what is missing before matching can start',
      async run() {
        await signUp(migrant, MIGRANT, 'migrant');
        // Sign-up lands on the step-by-step profile; this journey fills the whole form on one page.
        await heading(migrant, 'Set up your profile');
        await migrant.getByRole('link', { name: 'Use the whole form on one page instead' }).click();
        await heading(migrant, 'Your profile');
        await migrant.getByText('Before matching can start, please add:').waitFor();
        await migrant.locator('.missing').getByText('where you live').waitFor();
        assertEqual(await migrant.getByLabel('Time zone').inputValue(), 'Europe/Amsterdam', 'time zone defaults to the browser\'s');
        await checkPage(migrant, 'profile-empty');
      },
    },
    {
      name: 'profile: a server refusal is shown next to its field, then a complete profile is saved',
      async run() {
        await fillProfile(migrant, { type: 'Amst', pick: 'Amsterdam (NL)', byKeyboard: false }, [['ar', 'native'], ['nl', 'basic']]);
        await migrant.getByLabel('Language to practise').selectOption('nl');
        await migrant.getByRole('button', { name: 'Add', exact: true }).click();
        await migrant.getByLabel('How far will you travel? (km)').fill('900');
        await migrant.getByRole('button', { name: 'Save profile' }).click();
        await migrant.locator('#maxDistanceKm-error').waitFor();
        assertEqual(await migrant.locator('#maxDistanceKm-error').textContent(), 'At most 500.', 'distance error from the server, translated');
        assertEqual(await migrant.getByLabel('How far will you travel? (km)').getAttribute('aria-invalid'), 'true', 'distance marked invalid');
        // Amsterdam–Rotterdam is about 57 km: both travel up to 80 km so they can be matched later.
        await migrant.getByLabel('How far will you travel? (km)').fill('80');
        await migrant.getByRole('button', { name: 'Save profile' }).click();
        await migrant.getByText('Your profile was saved.').waitFor();
        await migrant.getByText('Your profile has everything matching needs.').waitFor();
        await fitsWidth(migrant, 360);
        await checkPage(migrant, 'profile-complete-360px');
        await migrant.reload();
        await heading(migrant, 'Your profile');
        assertEqual(await migrant.getByRole('combobox', { name: 'Place where you live' }).inputValue(), 'Amsterdam (NL)', 'place kept');
        await migrant.getByRole('button', { name: 'Remove Wednesday 18:00–21:00' }).waitFor();
      },
    },
    {
      name: 'a host signs up in another browser, fills the profile by keyboard and sees they await vetting',
      async run() {
        host = await person({ width: 1280, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });
        await host.goto('/#/signup');
        // Dutch browser, so the interface starts in Dutch; this volunteer prefers English.
        await heading(host, 'Aanmelden');
        await host.getByLabel('Taal (Language)').selectOption('en');
        await heading(host, 'Sign up');
        await signUp(host, HOST, 'host');
        await heading(host, 'Set up your profile');
        await host.getByRole('link', { name: 'Use the whole form on one page instead' }).click();
        await heading(host, 'Your profile');
        await fillProfile(host, { type: 'Rotterd', pick: 'Rotterdam (NL)', byKeyboard: true }, [['nl', 'native'], ['ar', 'basic']]);
        await host.getByLabel('How far will you travel? (km)').fill('80');
        await host.getByLabel('How many people can you meet with at the same time?').fill('2');
        await host.getByRole('button', { name: 'Save profile' }).click();
        await host.getByText('Your profile has everything matching needs.').waitFor();
        await host.getByText('Your volunteer account awaits vetting by our coordinators.', { exact: false }).waitFor();
        await checkPage(host, 'host-awaiting-vetting');
      },
    },
    {
      name: 'staff verify the volunteer; the host sees it',
      async run() {
        staff = await person({ width: 1280, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await staff.goto('/#/login');
        await staff.getByLabel('Email').fill(STAFF.email);
        await staff.getByLabel('Password').fill(STAFF.password);
        await staff.getByRole('button', { name: 'Log in' }).click();
        await heading(staff, 'Volunteers to vet');
        const card = staff.locator('.card', { hasText: HOST.name });
        await card.getByText(HOST.email, { exact: false }).waitFor();
        await checkPage(staff, 'staff-volunteers-pending');
        await card.getByRole('button', { name: `Verify ${HOST.name}` }).click();
        await staff.getByLabel('Note (optional)').fill('Met at the community centre');
        await staff.getByRole('button', { name: `Verify ${HOST.name} now` }).click();
        await staff.getByText(`${HOST.name} is verified.`).waitFor();
        await staff.getByText('No volunteers here.').waitFor();
        await staff.getByLabel('Show').selectOption('verified');
        await staff.locator('.card', { hasText: HOST.name }).waitFor();
        await host.reload();
        await host.getByText('Your volunteer account is verified.').waitFor();
        await checkPage(host, 'host-verified');
      },
    },
    {
      name: 'the staff dashboard and its charts load only when opened; a round preview shows its figures and pairs, then is discarded',
      async run() {
        const staffChunks = requested.filter((url) => /StaffPage|StatsPanel/.test(url));
        assertEqual(staffChunks, [], 'staff code fetched by a migrant');
        const chunks: string[] = [];
        staff.on('request', (request) => chunks.push(request.url()));
        await staff.getByRole('link', { name: 'Statistics' }).click();
        await heading(staff, 'Statistics');
        await staff.waitForLoadState('networkidle');
        assert(chunks.some((url) => url.includes('StatsPanel')), 'the statistics chunk is fetched when opened');
        await checkPage(staff, 'staff-statistics');
        await staff.getByRole('link', { name: 'Matching rounds' }).click();
        await heading(staff, 'Matching rounds');
        assertEqual(await staff.getByRole('button', { name: 'Run a round now' }).isDisabled(), true, 'a real run needs a preview first');
        // A preview over everyone waiting: the migrant and the verified host, who suit each other.
        await staff.getByRole('button', { name: 'Preview a round' }).click();
        const figures = staff.getByRole('table', { name: 'Preview' });
        await figures.getByRole('row', { name: 'Status Finished' }).waitFor();
        const figure = (label: string) => figures.getByRole('row', { name: new RegExp(`^${label} `) }).getByRole('cell').innerText();
        assertEqual(await figure('Participants'), '2', 'participants of the preview');
        assertEqual(await figure('Proposals'), '1', 'proposals of the preview');
        assertEqual(await staff.getByRole('button', { name: 'Run a round now' }).isDisabled(), false, 'a finished preview allows the real one');
        // The pair it would propose, with its reasons as sentences, and the score distribution.
        const pairs = staff.getByRole('table', { name: 'Pairs the round would propose' });
        const pair = pairs.getByRole('row').filter({ hasText: MIGRANT.name });
        await pair.getByText(HOST.name).waitFor();
        await pair.getByText('You both speak', { exact: false }).waitFor();
        await staff.getByRole('figure', { name: 'Scores of the pairs' }).waitFor();
        await staff.getByText('Page 1 of 1').waitFor();
        await staff.waitForLoadState('networkidle');
        await checkPage(staff, 'staff-round-review-1280px');
        // Discarded, so the migrant still asks the host herself in match-journeys.ts.
        await staff.getByRole('button', { name: 'Discard the preview' }).click();
        await staff.getByText('The preview was discarded; nobody was proposed.').waitFor();
        assertEqual(await pairs.count(), 0, 'the discarded pairs are gone');
        await checkPage(staff, 'staff-rounds');
      },
    },
    {
      name: 'the other pages render accessibly for a signed-in person',
      async run() {
        // "Notifications (1 new)" once the verification notice arrived.
        for (const [link, title] of [[/^Suggestions$/, 'Suggestions'], [/^Matches$/, 'Matches'], [/^Meetups$/, 'Your meetups'], [/^Notifications( \(\d+ new\))?$/, 'Notifications'], [/^Privacy$/, 'Privacy']] as const) {
          await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
          await heading(host, title);
          await checkPage(host, `host-${title.toLowerCase().replace(/\s+/g, '-')}`);
        }
        await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ }).click();
        await host.getByText('Your volunteer account has been verified.').waitFor();
      },
    },
    ...matchJourneys(() => ({ migrant, host, staff, migrantName: MIGRANT.name, hostName: HOST.name })),
    ...pwaJourneys(() => ({ migrant, baseUrl, newPerson: person })),
    ...programmeJourneys(() => ({ migrant, staff, baseUrl, newPerson: person })),
    ...landingJourneys(() => ({ newPerson: person })),
    ...phoneJourneys(() => ({ migrant, newPerson: person })),
    {
      name: 'log out, a wrong password shown by the field, log in again',
      async run() {
        await migrant.getByRole('button', { name: 'Log out' }).click();
        await heading(migrant, 'Log in');
        await migrant.getByLabel('Email').fill(MIGRANT.email);
        await migrant.getByLabel('Password').fill('not-the-right-password');
        await migrant.getByRole('button', { name: 'Log in' }).click();
        await migrant.locator('#password-error').waitFor();
        assertEqual(await migrant.locator('#password-error').textContent(), 'The email or password is incorrect.', 'bad credentials');
        await checkPage(migrant, 'login-error');
        await migrant.getByLabel('Password').fill(MIGRANT.password);
        await migrant.getByRole('button', { name: 'Log in' }).click();
        await heading(migrant, 'Matches');
        // The session is an httpOnly cookie: no script on the page can read it, and nothing token-like is stored.
        assertEqual(await migrant.evaluate('Object.keys(localStorage).filter((key) => /token|session/i.test(key))'), [], 'no token in localStorage');
        assertEqual(await migrant.evaluate("document.cookie.includes('cg_session')"), false, 'document.cookie cannot see the session');
        const cookie = (await migrant.context().cookies()).find((c) => c.name === '__Host-cg_session');
        assertEqual([cookie?.httpOnly, cookie?.secure, cookie?.sameSite, cookie?.path], [true, true, 'Strict', '/'], 'the session cookie');
        await migrant.reload();
        await heading(migrant, 'Matches');
      },
    },
    {
      name: 'privacy: export my data as a JSON download',
      async run() {
        await migrant.getByRole('link', { name: 'Privacy' }).click();
        await heading(migrant, 'Privacy');
        const [download] = await Promise.all([migrant.waitForEvent('download'), migrant.getByRole('button', { name: 'Export my data' }).click()]);
        const path = await download.path();
        const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        assert(JSON.stringify(exported).includes(MIGRANT.email), 'the export holds the account');
        assert(JSON.stringify(exported).includes('Amsterdam') || JSON.stringify(exported).includes('2759794'), 'the export holds the profile');
        await migrant.getByText('Your data was downloaded', { exact: false }).waitFor();
        await checkPage(migrant, 'privacy-exported');
      },
    },
    ...emailJourneys(() => ({ migrant, email: MIGRANT.email, password: MIGRANT.password, baseUrl, outboxDir, newPerson: person })),
    ...twoFactorJourneys(() => ({ baseUrl, newPerson: person })),
    ...onboardingJourneys(() => ({ newPerson: person })),
    {
      name: 'delete my account, in Ukrainian: a taken email and a wrong password are shown by their fields',
      async run() {
        const leaver = await person({ width: 360, timezoneId: 'Europe/Kyiv', locale: 'uk-UA' });
        await leaver.goto('/#/signup');
        await heading(leaver, 'Реєстрація');
        await leaver.getByLabel('Ваше ім’я').fill(LEAVER.name);
        await leaver.getByLabel('Електронна пошта').fill(MIGRANT.email.toUpperCase());
        await leaver.getByLabel('Пароль').fill(LEAVER.password);
        await leaver.getByLabel('Новоприбулий, який хоче познайомитися з місцевими').check();
        await leaver.getByLabel('Я приймаю умови та повідомлення про приватність').check();
        await leaver.getByRole('button', { name: 'Створити обліковий запис' }).click();
        await leaver.locator('#email-error').waitFor();
        assertEqual(await leaver.locator('#email-error').textContent(), 'Обліковий запис із цією адресою вже існує.', 'taken email, translated by code');
        await leaver.getByLabel('Електронна пошта').fill(LEAVER.email);
        await leaver.getByRole('button', { name: 'Створити обліковий запис' }).click();
        // Sign-up lands on the step-by-step profile, here in Ukrainian.
        await heading(leaver, 'Налаштування профілю');
        await leaver.getByRole('link', { name: 'Приватність' }).click();
        await heading(leaver, 'Приватність');
        await leaver.getByLabel('Ваш пароль').fill('wrong-password-here');
        await leaver.getByLabel('Я розумію, що це не можна скасувати').check();
        await leaver.getByRole('button', { name: 'Видалити мій обліковий запис' }).click();
        await leaver.locator('#delete-password-error').waitFor();
        assertEqual(await leaver.locator('#delete-password-error').textContent(), 'Неправильний пароль; обліковий запис не видалено.', 'wrong password');
        await checkPage(leaver, 'delete-wrong-password-ukrainian');
        await leaver.getByLabel('Ваш пароль').fill(LEAVER.password);
        await leaver.getByRole('button', { name: 'Видалити мій обліковий запис' }).click();
        await leaver.getByText('Ваш обліковий запис видалено.').waitFor();
        await heading(leaver, 'Реєстрація');
        const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: LEAVER.email, password: LEAVER.password }) });
        assertEqual(login.status, 401, 'logging in after erasure');
      },
    },
    ...peopleJourneys(() => ({ migrantName: MIGRANT.name, newPerson: person })),
    ...roundReviewJourneys(() => ({ baseUrl, newPerson: person })),
    ...staffMatchesJourneys(() => ({ newPerson: person })),
    ...designJourneys(() => ({ newPerson: person })),
  ];

  return {
    tests,
    pages: () => contexts.flatMap((context) => context.pages()),
    async close() {
      for (const context of contexts) await context.close();
    },
  };
}
