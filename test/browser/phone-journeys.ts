/**
 * Phones first, at 360 px: the match page shows one part at a time under tabs that follow the arrow
 * keys, the chat fills the screen with its message box in view, and every control on the key pages
 * is at least 44×44 px. Runs after journeys.ts gave the migrant (on a 360 px phone) an active match.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkAccessibility, checkPage, checkTouchTargets, fitsWidth, SCREENSHOTS, type TestCase } from './harness.js';

export interface PhonePeople {
  migrant: Page;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const WIDTH = 360;

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** The message box and its Send button lie inside the viewport with the page not scrolled. */
async function messageBoxInView(page: Page): Promise<void> {
  const scrollY = await page.evaluate<number>('window.scrollY');
  const viewport = await page.evaluate<number>('window.innerHeight');
  const box = await page.getByLabel('Message', { exact: true }).boundingBox();
  const send = await page.getByRole('button', { name: 'Send', exact: true }).boundingBox();
  assertEqual(scrollY, 0, 'the page is not scrolled');
  assert(box !== null && box.y >= 0 && box.y + box.height <= viewport, `the message box is in view (${JSON.stringify(box)}, viewport ${viewport})`);
  assert(send !== null && send.y + send.height <= viewport, `the Send button is in view (${JSON.stringify(send)})`);
  const pageHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
  assert(pageHeight <= viewport, `the chat fills the screen without the page scrolling (page ${pageHeight}px, viewport ${viewport}px)`);
}

export function phoneJourneys(people: () => PhonePeople): TestCase[] {
  return [
    {
      name: 'phone: the match page shows one part at a time under tabs, and the chat fills the screen at 360 px',
      async run() {
        const { migrant } = people();
        await migrant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches', exact: true }).click();
        await heading(migrant, 'Matches');
        await migrant.getByRole('link', { name: /^Open conversation with / }).first().click();
        const tabs = migrant.getByRole('tablist', { name: 'Parts of this match' });
        const chat = tabs.getByRole('tab', { name: 'Chat' });
        assertEqual(await chat.getAttribute('aria-selected'), 'true', 'the chat is shown first');
        await migrant.getByText('Connected', { exact: true }).waitFor();
        await messageBoxInView(migrant);
        await fitsWidth(migrant, WIDTH);
        assertEqual(await migrant.getByRole('region', { name: 'Meetups' }).count(), 0, 'the meetups are not shown beside the chat');
        await checkAccessibility(migrant, 'chat-phone-360px');
        await checkTouchTargets(migrant, 'the chat');
        mkdirSync(SCREENSHOTS, { recursive: true });
        // The viewport only, as a phone shows it; docs/images/chat-phone.png is a copy of it.
        await migrant.screenshot({ path: join(SCREENSHOTS, 'chat-phone-360px.png') });

        // Arrow keys move along the tabs and show their part; Home goes back to the first.
        await chat.focus();
        await migrant.keyboard.press('ArrowRight');
        const meetups = tabs.getByRole('tab', { name: 'Meetups' });
        assertEqual(await meetups.getAttribute('aria-selected'), 'true', 'ArrowRight selects Meetups');
        assertEqual(await migrant.evaluate<string | undefined>('document.activeElement?.id'), 'match-tab-meetups', 'focus follows the tab');
        await migrant.getByRole('region', { name: 'Meetups' }).waitFor();
        assert(!(await migrant.getByLabel('Message', { exact: true }).isVisible()), 'the message box is hidden with the chat');
        await checkTouchTargets(migrant, 'the meetups of a match');
        await migrant.keyboard.press('End');
        assertEqual(await tabs.getByRole('tab', { name: 'Safety' }).getAttribute('aria-selected'), 'true', 'End selects Safety');
        await migrant.getByRole('button', { name: /^Block / }).waitFor();
        await checkTouchTargets(migrant, 'the safety of a match');
        await fitsWidth(migrant, WIDTH);
        await checkPage(migrant, 'match-safety-phone-360px');
        await migrant.keyboard.press('Home');
        assertEqual(await chat.getAttribute('aria-selected'), 'true', 'Home selects the chat');
        await messageBoxInView(migrant);
      },
    },
    {
      name: 'phone: every control on the key pages is at least 44×44 px at 360 px',
      async run() {
        const { migrant } = people();
        for (const [link, title] of [[/^Profile$/, 'Your profile'], [/^Suggestions$/, 'Suggestions'], [/^Matches$/, 'Matches'], [/^Meetups$/, 'Your meetups'], [/^Notifications/, 'Notifications'], [/^Account$/, 'Account settings']] as const) {
          await migrant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
          await heading(migrant, title);
          await checkTouchTargets(migrant, title);
          await fitsWidth(migrant, WIDTH);
        }
        const visitor = await people().newPerson({ width: WIDTH, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await visitor.goto('/');
        await heading(visitor, 'Meet people where you live');
        await checkTouchTargets(visitor, 'the landing page');
        await visitor.getByRole('link', { name: 'Sign up', exact: true }).click();
        await heading(visitor, 'Sign up');
        await checkTouchTargets(visitor, 'sign-up');
        await fitsWidth(visitor, WIDTH);
      },
    },
  ];
}
