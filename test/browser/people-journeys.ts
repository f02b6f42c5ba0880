/**
 * The staff console's people, last in the run (suspending someone ends their sessions): the
 * coordinator of journeys in programme-journeys.ts finds the newcomer who joined her programme by
 * part of her name, opens her page, and (on a phone) suspends her by choosing her in the
 * Suspensions tab, then lifts it from her page.
 */
import type { Page } from 'playwright-core';
import { checkPage, fitsWidth, type TestCase } from './harness.js';
import { COORDINATOR } from './programme-journeys.js';

export interface PeopleOfTheRun {
  /** The newcomer who joined the coordinator's programme. */
  migrantName: string;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

async function coordinatorAt(people: PeopleOfTheRun, width: number): Promise<Page> {
  const page = await people.newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(COORDINATOR.email);
  await page.getByLabel('Password').fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Volunteers to vet' }).waitFor();
  return page;
}

async function staffTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: tab, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tab }).waitFor();
}

export function peopleJourneys(people: () => PeopleOfTheRun): TestCase[] {
  return [
    {
      name: 'a coordinator finds a newcomer by part of her name and opens her page (1280 px)',
      async run() {
        const { migrantName } = people();
        const coordinator = await coordinatorAt(people(), 1280);
        await staffTab(coordinator, 'People');
        await coordinator.getByLabel('Search by name or email').fill(migrantName.split(' ')[0].slice(0, 4).toUpperCase());
        await coordinator.getByText('1 person found').waitFor();
        await checkPage(coordinator, 'staff-people-search-1280px');
        await coordinator.getByRole('link', { name: migrantName }).click();
        await coordinator.waitForFunction('/^#\\/staff\\/people\\/[0-9a-f-]{36}$/.test(location.hash)');
        await coordinator.getByRole('heading', { level: 2, name: migrantName }).waitFor();
        for (const section of ['Programmes', 'Matches', 'Reports', 'Check-ins', 'Recent emails', 'Audit trail']) {
          await coordinator.getByRole('heading', { level: 3, name: section }).waitFor();
        }
        await checkPage(coordinator, 'staff-person-page-1280px');
        await coordinator.close();
      },
    },
    {
      name: 'on a phone, a coordinator suspends the newcomer by choosing her, then lifts it from her page (360 px)',
      async run() {
        const { migrantName } = people();
        const coordinator = await coordinatorAt(people(), 360);
        await staffTab(coordinator, 'People');
        await coordinator.getByLabel('Search by name or email').fill(migrantName.split(' ')[1].toLowerCase());
        await coordinator.getByRole('link', { name: migrantName }).waitFor();
        await fitsWidth(coordinator, 360);
        await checkPage(coordinator, 'staff-people-search-360px');

        await staffTab(coordinator, 'Suspensions');
        const chooser = coordinator.getByRole('combobox', { name: 'Person (name or email)' });
        await chooser.fill(migrantName.slice(0, 5));
        await coordinator.getByRole('option', { name: new RegExp(migrantName) }).waitFor();
        await checkPage(coordinator, 'staff-suspension-chooser-360px');
        await chooser.press('ArrowDown');
        await chooser.press('Enter');
        await coordinator.getByRole('link', { name: migrantName }).waitFor();
        await coordinator.getByLabel('Reason (a note when lifting)').fill('Asked for money in the chat');
        await coordinator.getByRole('button', { name: 'Suspend', exact: true }).click();
        await coordinator.getByText(`${migrantName} is suspended.`).waitFor();
        await fitsWidth(coordinator, 360);
        await checkPage(coordinator, 'staff-suspended-360px');

        await coordinator.getByRole('link', { name: migrantName }).click();
        await coordinator.getByRole('heading', { level: 2, name: migrantName }).waitFor();
        await coordinator.getByText('Suspended ·', { exact: false }).waitFor();
        await coordinator.getByText('user.suspend').waitFor();
        await fitsWidth(coordinator, 360);
        await checkPage(coordinator, 'staff-person-suspended-360px');
        await coordinator.getByRole('button', { name: `Lift the suspension of ${migrantName}` }).click();
        await coordinator.getByRole('button', { name: 'Lift it now' }).click();
        await coordinator.getByText(`${migrantName}'s suspension was lifted.`).waitFor();
        await coordinator.getByRole('button', { name: `Suspend ${migrantName}` }).waitFor();
        await coordinator.close();
      },
    },
  ];
}
