/**
 * The first visit, in real Chromium, after programme-journeys.ts has opened a programme in the
 * Netherlands: a signed-out visitor on a 360 px phone and on a 1280 px screen reads the landing
 * page, looks for open programmes near a place (around Johannesburg only the installation's default
 * one, which runs anywhere; around Utrecht the coordinator's too), and follows "Sign up". No script
 * errors or refused requests; axe on each width.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage, fitsWidth, type TestCase } from './harness.js';

export interface LandingPeople {
  /** A new browser window, as a person opens one. */
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

/** Opened and named by programme-journeys.ts. */
const PROGRAMME = 'Samen Sterk';
const ORGANISATION = 'Rode Kruis Utrecht';
const TOUCH_TARGET_PX = 44;

async function choosePlace(page: Page, text: string, pick: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: 'Town or city' });
  await combobox.fill(text);
  await page.getByRole('option', { name: pick }).first().click();
  assertEqual(await combobox.inputValue(), pick, 'chosen place');
}

async function tallEnough(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('link', { name, exact: true }).boundingBox();
  assert(box !== null && box.height >= TOUCH_TARGET_PX && box.width >= TOUCH_TARGET_PX, `"${name}" is smaller than ${TOUCH_TARGET_PX} px (${JSON.stringify(box)})`);
}

function visit(width: number, people: () => LandingPeople): TestCase {
  return {
    name: `first visit at ${width} px: the landing page, open programmes near a place, then sign up`,
    async run() {
      const page = await people().newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
      const problems: string[] = [];
      // Script errors and refused requests (Chromium logs those to the console too): a signed-out first visit has none.
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });

      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Meet people where you live' }).waitFor();
      for (const section of ['What is Common Ground?', 'Who runs it?', 'How it works', 'Open programmes near you', 'Safety and privacy']) {
        await page.getByRole('region', { name: section }).waitFor();
      }
      await page.getByRole('list', { name: 'Open programmes are run by:' }).getByRole('listitem').filter({ hasText: ORGANISATION }).waitFor();
      await tallEnough(page, 'Sign up');
      await tallEnough(page, 'Log in');

      // The installation's default programme runs anywhere; the coordinator's runs in the Netherlands only.
      await choosePlace(page, 'Johannesburg', 'Johannesburg (ZA)');
      const farAway = page.getByRole('list', { name: 'Open programmes near Johannesburg' });
      await farAway.getByRole('listitem').first().waitFor();
      assertEqual(await farAway.getByRole('listitem', { name: PROGRAMME }).count(), 0, `${PROGRAMME} near Johannesburg`);

      await choosePlace(page, 'Utrecht', 'Utrecht (NL)');
      const card = page.getByRole('list', { name: 'Open programmes near Utrecht' }).getByRole('listitem', { name: PROGRAMME });
      await card.getByText(`Run by ${ORGANISATION}`, { exact: false }).waitFor();
      await card.getByText('Pairs women newcomers with local women aged 55+', { exact: false }).waitFor();
      await fitsWidth(page, width);
      await checkPage(page, `landing-${width}px`);

      await page.getByRole('link', { name: 'Sign up', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign up' }).waitFor();
      assertEqual(await page.evaluate<string>('location.hash'), '#/signup', 'address after "Sign up"');
      assertEqual(problems, [], 'script errors and refused requests');
    },
  };
}

export function landingJourneys(people: () => LandingPeople): TestCase[] {
  return [visit(360, people), visit(1280, people)];
}
