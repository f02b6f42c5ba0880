/**
 * The staff console's matches overview, at the end of the run and read-only: the coordinator of
 * programme-journeys.ts filters her organisation's matches and reads the waiting times per
 * programme (1280 px); on a phone the administrator lists the proposals the round review made,
 * longest waiting first (chosen in the sort field), as cards, and opens the newcomer's page from one (360 px).
 */
import type { Page } from 'playwright-core';
import { assertEqual, checkPage, fitsWidth, STAFF, type TestCase } from './harness.js';
import { COORDINATOR } from './programme-journeys.js';

export interface StaffMatchesPeople {
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

/** The newcomer the round review proposed (round-review-journeys.ts). */
const PROPOSED_NEWCOMER = 'Rana Round';

async function signedIn(people: StaffMatchesPeople, width: number, account: { email: string; password: string }): Promise<Page> {
  const page = await people.newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Volunteers to vet' }).waitFor();
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Matches', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
  return page;
}

async function waitingFigure(page: Page, programme: string): Promise<void> {
  await page.getByRole('figure', { name: 'Median days newcomers without a match have waited' }).waitFor();
  await page.getByRole('table', { name: 'Who waits, per programme' }).getByRole('row', { name: new RegExp(programme) }).waitFor();
}

export function staffMatchesJourneys(people: () => StaffMatchesPeople): TestCase[] {
  return [
    {
      name: "a coordinator filters her organisation's matches and reads the waiting times per programme (1280 px)",
      async run() {
        const coordinator = await signedIn(people(), 1280, COORDINATOR);
        await coordinator.getByText(/^\d+ match(es)? found$/).waitFor();
        await coordinator.getByLabel('Programme', { exact: true }).selectOption({ label: 'Samen Sterk' });
        await coordinator.getByLabel('Status', { exact: true }).selectOption({ label: 'proposed' });
        const asked = coordinator.waitForRequest((r) => r.url().includes('/api/staff/matches?') && r.url().includes('waitingMoreThanDays=0'));
        await coordinator.getByLabel('Waiting more than (days)').fill('0');
        const request = await asked;
        const query = new URL(request.url()).searchParams;
        assertEqual([query.get('status'), query.get('sort'), query.has('programmeId')], ['proposed', '-createdAt', true], 'the filters are asked for');
        await coordinator.getByText(/^\d+ match(es)? found$/).waitFor();
        await waitingFigure(coordinator, 'Samen Sterk');
        await checkPage(coordinator, 'staff-matches-1280px');
        await coordinator.close();
      },
    },
    {
      name: 'on a phone, staff list the proposals longest waiting first as cards and open a newcomer from one (360 px)',
      async run() {
        const staff = await signedIn(people(), 360, STAFF);
        await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'proposed' });
        // On a phone the rows are cards and the column headings are for screen readers only: the sort is chosen in its own field.
        await staff.getByLabel('Sort by').selectOption({ label: 'Longest waiting first' });
        assertEqual(await staff.getByRole('columnheader', { name: /^Waiting/ }).getAttribute('aria-sort'), 'descending', 'sorted by waiting');
        const newcomer = staff.getByRole('link', { name: PROPOSED_NEWCOMER });
        await newcomer.waitFor();
        await waitingFigure(staff, 'Common Ground');
        await fitsWidth(staff, 360);
        await checkPage(staff, 'staff-matches-360px');
        await newcomer.click();
        await staff.waitForFunction('/^#\\/staff\\/people\\/[0-9a-f-]{36}$/.test(location.hash)');
        await staff.getByRole('heading', { level: 2, name: PROPOSED_NEWCOMER }).waitFor();
        await staff.close();
      },
    },
  ];
}
