/**
 * The step-by-step profile in real Chromium, on a phone (360 px) and a wide screen (1280 px): a
 * newcomer signs up, lands on the steps, meets a plain-word error, walks forward and back, reloads
 * in the middle without losing anything, saves on the last step and sees the profile complete.
 * The places are far from the other journeys' people, so nobody new is suggested to them.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage, fitsWidth, type TestCase } from './harness.js';

export interface OnboardingPeople {
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

interface Newcomer {
  name: string;
  email: string;
  password: string;
  width: number;
  timezoneId: string;
  place: { type: string; pick: string };
  speaks: string;
}

const PHONE: Newcomer = {
  name: 'Olena Onboarding', email: 'olena@example.org', password: 'linden-harbour-Koeln-42', width: 360,
  timezoneId: 'Europe/Berlin', place: { type: 'Köln', pick: 'Köln (DE)' }, speaks: 'uk',
};
const DESKTOP: Newcomer = {
  name: 'Yusuf Onboarding', email: 'yusuf@example.org', password: 'chestnut-bridge-Kyiv-77', width: 1280,
  timezoneId: 'Europe/Kyiv', place: { type: 'Kyiv', pick: 'Kyiv (UA)' }, speaks: 'ar',
};

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function atStep(page: Page, n: number, title: string): Promise<void> {
  await page.getByText(`Step ${n} of 8`, { exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
}

async function walkTheSteps(page: Page, person: Newcomer): Promise<void> {
  const size = `${person.width}px`;
  await page.goto('/#/signup');
  await heading(page, 'Sign up');
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByLabel('A newcomer who would like to meet local people').check();
  await page.getByLabel('I accept the terms and the privacy notice').check();
  await page.getByRole('button', { name: 'Create my account' }).click();

  await heading(page, 'Set up your profile');
  await atStep(page, 1, 'About you');
  const progress = page.getByRole('progressbar', { name: 'Step 1 of 8' });
  assertEqual(await progress.getAttribute('value'), '1', 'the progress bar shows the first step');
  const namedSteps = await page.locator('.onboarding-step-list').isVisible();
  assertEqual(namedSteps, person.width >= 768, 'the named list of steps shows on wide screens only');
  if (namedSteps) assertEqual(await page.locator('.onboarding-step-list [aria-current="step"]').textContent(), 'About you', 'the current step is marked');
  await fitsWidth(page, person.width);
  await checkPage(page, `onboarding-first-step-${size}`);

  // Next checks this step only, in plain words next to the field.
  await next(page);
  assertEqual(await page.locator('#gender-error').textContent(), 'Choose your gender.', 'gender error');
  assertEqual(await page.getByLabel('Gender', { exact: true }).getAttribute('aria-invalid'), 'true', 'gender marked invalid');
  await checkPage(page, `onboarding-step-error-${size}`);
  await page.getByLabel('Gender', { exact: true }).selectOption('female');
  await next(page);

  await atStep(page, 2, 'Languages you speak');
  assertEqual(await page.evaluate<string | null>('document.activeElement?.textContent ?? null'), 'Languages you speak', 'focus moves to the step heading');
  await page.getByRole('button', { name: 'Add a language' }).click();
  await page.getByLabel('Language 1', { exact: true }).selectOption(person.speaks);
  await page.locator('#level-0').selectOption('native');
  await next(page);

  await atStep(page, 3, 'Languages you want to practise');
  await page.getByLabel('Language to practise').selectOption('de');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await next(page);

  await atStep(page, 4, 'Where you live');
  const combobox = page.getByRole('combobox', { name: 'Place where you live' });
  await combobox.fill(person.place.type);
  await page.getByRole('option', { name: person.place.pick }).first().click();
  assertEqual(await combobox.inputValue(), person.place.pick, 'chosen place');
  await page.getByLabel('How far will you travel? (km)').fill('20');
  await checkPage(page, `onboarding-place-${size}`);

  // A reload in the middle keeps the step and everything entered so far.
  await page.reload();
  await heading(page, 'Set up your profile');
  await atStep(page, 4, 'Where you live');
  assertEqual(await combobox.inputValue(), person.place.pick, 'place kept through the reload');
  assertEqual(await page.getByLabel('How far will you travel? (km)').inputValue(), '20', 'distance kept through the reload');
  await page.getByRole('button', { name: 'Back' }).click();
  await atStep(page, 3, 'Languages you want to practise');
  await page.getByRole('button', { name: 'Stop practising German' }).waitFor();
  await next(page);
  await atStep(page, 4, 'Where you live');
  await next(page);

  await atStep(page, 5, 'Interests');
  await page.getByLabel('Cooking').check();
  await next(page);

  await atStep(page, 6, 'When you are free');
  // Chromium may name a zone by its older alias (Europe/Kyiv as Europe/Kiev): compare with what the browser says.
  const browserZone = await page.evaluate<string>('Intl.DateTimeFormat().resolvedOptions().timeZone');
  assert(browserZone.startsWith('Europe/'), `the browser runs in ${person.timezoneId} (says ${browserZone})`);
  assertEqual(await page.getByLabel('Time zone').inputValue(), browserZone, 'time zone defaults to the browser\'s');
  await page.getByLabel('Day', { exact: true }).selectOption('3');
  await page.getByLabel('From', { exact: true }).fill('18:00');
  await page.getByLabel('Until', { exact: true }).fill('21:00');
  await page.getByRole('button', { name: 'Add time' }).click();
  await page.getByRole('button', { name: 'Remove Wednesday 18:00–21:00' }).waitFor();
  await checkPage(page, `onboarding-availability-${size}`);
  await next(page);

  await atStep(page, 7, 'Who you would like to meet');
  await page.getByLabel('Who would you like to meet?').selectOption('any');
  await next(page);

  await atStep(page, 8, 'Check and save');
  await page.getByText('Everything matching needs is filled in. Save to finish.').waitFor();
  await fitsWidth(page, person.width);
  await checkPage(page, `onboarding-review-${size}`);
  await page.getByRole('button', { name: 'Save my profile' }).click();

  await heading(page, 'Your profile');
  await page.getByText('Your profile has everything matching needs.').waitFor();
  assertEqual(await page.getByRole('combobox', { name: 'Place where you live' }).inputValue(), person.place.pick, 'the saved place');
  assertEqual(await page.evaluate<number>("Object.keys(sessionStorage).filter((key) => key.startsWith('common-ground.onboarding')).length"), 0, 'the draft is gone once saved');
  await checkPage(page, `onboarding-complete-${size}`);
}

export function onboardingJourneys(people: () => OnboardingPeople): TestCase[] {
  return [PHONE, DESKTOP].map((person) => ({
    name: `onboarding at ${person.width}px: a newcomer signs up, walks the steps with a reload in the middle, saves and is complete`,
    async run() {
      const page = await people().newPerson({ width: person.width, timezoneId: person.timezoneId, locale: 'en-GB' });
      await walkTheSteps(page, person);
    },
  }));
}
