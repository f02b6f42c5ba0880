/**
 * The design system in real Chromium, at the end of the run and read-only: every staff tab and every
 * step of the step-by-step profile on a 360 px phone keeps its touch targets at 44 px or more, and
 * key pages in the dark colour scheme (prefers-color-scheme: dark) pass axe at 360 px and 1280 px,
 * with screenshots of each. The administrator is the one the app starts with; the newcomer is new.
 */
import type { Page } from 'playwright-core';
import { assertEqual, checkPage, checkTouchTargets, STAFF, type TestCase } from './harness.js';

export interface DesignPeople {
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

/** The admin sees every tab; each tab's heading is its name in the navigation. */
const STAFF_TABS = ['Volunteers to vet', 'People', 'Matches', 'Programmes', 'Matching rounds', 'Reports', 'Suspensions', 'Audit log', 'Statistics', 'Organisations'] as const;
const ONBOARDING_STEPS = ['about', 'languages', 'learning', 'place', 'interests', 'availability', 'partner', 'review'] as const;
const NEWCOMER = { name: 'Dara Dark', email: 'dara@example.org', password: 'midnight-lantern-Gent-19' };
/** `--bg` of the dark palette in styles.css, as the browser computes it. */
const DARK_BACKGROUND = 'rgb(18, 20, 23)';

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function staffSignedIn(people: DesignPeople, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await people.newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  await page.emulateMedia({ colorScheme });
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(STAFF.email);
  await page.getByLabel('Password').fill(STAFF.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await heading(page, 'Volunteers to vet');
  return page;
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: tab, exact: true }).click();
  await heading(page, tab);
  await page.waitForLoadState('networkidle');
}

async function darkIsApplied(page: Page): Promise<void> {
  assertEqual(await page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor'), DARK_BACKGROUND, 'the dark palette is in use');
}

export function designJourneys(people: () => DesignPeople): TestCase[] {
  // The newcomer of the steps test, left signed in with an incomplete profile for the dark-scheme tests.
  let darkNewcomer: Page | undefined;
  return [
    {
      name: 'on a phone, every staff tab keeps its touch targets at 44 px or more (360 px)',
      async run() {
        const admin = await staffSignedIn(people(), 360, 'light');
        for (const tab of STAFF_TABS) {
          await openTab(admin, tab);
          await checkTouchTargets(admin, `the staff tab ${tab}`);
        }
        await admin.close();
      },
    },
    {
      name: 'on a phone, every step of the step-by-step profile keeps its touch targets at 44 px or more (360 px)',
      async run() {
        const newcomer = await people().newPerson({ width: 360, timezoneId: 'Europe/Brussels', locale: 'en-GB' });
        await newcomer.goto('/#/signup');
        await heading(newcomer, 'Sign up');
        await newcomer.getByLabel('Your name').fill(NEWCOMER.name);
        await newcomer.getByLabel('Email').fill(NEWCOMER.email);
        await newcomer.getByLabel('Password').fill(NEWCOMER.password);
        await newcomer.getByLabel('A newcomer who would like to meet local people').check();
        await newcomer.getByLabel('I accept the terms and the privacy notice').check();
        await newcomer.getByRole('button', { name: 'Create my account' }).click();
        await heading(newcomer, 'Set up your profile');
        for (const [index, step] of ONBOARDING_STEPS.entries()) {
          await newcomer.goto(`/#/profile/steps?step=${step}`);
          await newcomer.getByText(`Step ${index + 1} of 8`, { exact: true }).waitFor();
          await checkTouchTargets(newcomer, `the onboarding step ${step}`);
        }
        darkNewcomer = newcomer;
      },
    },
    ...[360, 1280].map((width) => ({
      name: `in the dark colour scheme, the landing page, log in, the profile steps and the staff tables pass axe (${width} px)`,
      async run() {
        const visitor = await people().newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await visitor.emulateMedia({ colorScheme: 'dark' });
        await visitor.goto('/#/');
        await visitor.getByRole('link', { name: 'Sign up' }).first().waitFor();
        await darkIsApplied(visitor);
        await checkPage(visitor, `dark-landing-${width}px`);
        await visitor.goto('/#/login');
        await heading(visitor, 'Log in');
        await visitor.getByRole('button', { name: 'Log in' }).click();
        await checkPage(visitor, `dark-login-errors-${width}px`);
        await visitor.close();

        if (darkNewcomer !== undefined) {
          await darkNewcomer.setViewportSize({ width, height: 800 });
          await darkNewcomer.emulateMedia({ colorScheme: 'dark' });
          await darkNewcomer.goto('/#/profile/steps?step=about');
          await darkNewcomer.getByText('Step 1 of 8', { exact: true }).waitFor();
          await darkNewcomer.getByRole('button', { name: 'Next' }).click();
          await darkNewcomer.locator('#gender-error').waitFor();
          await darkIsApplied(darkNewcomer);
          await checkPage(darkNewcomer, `dark-onboarding-error-${width}px`);
        }

        const admin = await staffSignedIn(people(), width, 'dark');
        await darkIsApplied(admin);
        for (const tab of ['People', 'Matches', 'Reports', 'Volunteers to vet'] as const) {
          await openTab(admin, tab);
          await checkPage(admin, `dark-staff-${tab.split(' ')[0]?.toLowerCase() ?? tab}-${width}px`);
        }
        await admin.close();
      },
    })),
  ];
}
