/**
 * Organisations and programmes in real Chromium, after journeys.ts and match-journeys.ts: the
 * platform admin (the STAFF_EMAIL account) creates an organisation and its coordinator; the
 * coordinator creates a programme with rules, opens it and finds it in the public list; the
 * migrant joins it from "My programmes", sees it listed, and checks in on the active match; the
 * coordinator finds her among the programme's members.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage, fitsWidth, type TestCase } from './harness.js';

export interface ProgrammePeople {
  migrant: Page;
  staff: Page;
  baseUrl: string;
  /** A new browser window, as a person opens one. */
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const ORGANISATION = 'Rode Kruis Utrecht';
export const COORDINATOR = { name: 'Cora Coordinator', email: 'cora@example.org', password: 'canal-bridge-Utrecht-64' };
const PROGRAMME = 'Samen Sterk';
const RULES = 'Pairs women newcomers with local women aged 55+; speaks Dutch; in person or online; 26 weeks; check-in every 4 weeks';

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function staffTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: tab, exact: true }).click();
  await heading(page, tab);
}

/** The open programmes anyone can see (no token), by name. */
async function publicProgrammes(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/programmes`);
  assertEqual(response.status, 200, 'GET /api/programmes');
  return ((await response.json()) as Array<{ name: string }>).map((programme) => programme.name);
}

export function programmeJourneys(people: () => ProgrammePeople): TestCase[] {
  let coordinator: Page;

  return [
    {
      name: 'admin: creates an organisation and a coordinator for it; a taken email is said by its field',
      async run() {
        const { staff } = people();
        await staffTab(staff, 'Organisations');
        await staff.getByLabel('Name of the organisation').fill(ORGANISATION);
        await staff.getByLabel('Country', { exact: true }).fill('nl');
        await staff.getByRole('button', { name: 'Create organisation' }).click();
        await staff.getByText(`${ORGANISATION} was created.`).waitFor();
        const card = staff.getByRole('listitem', { name: `${ORGANISATION} (NL)` });
        await card.getByRole('button', { name: `Add a coordinator to ${ORGANISATION}` }).click();
        await card.getByLabel("Coordinator's name").fill(COORDINATOR.name);
        await card.getByLabel('Email').fill('staff@example.org');
        await card.getByLabel('First password').fill(COORDINATOR.password);
        await card.getByRole('button', { name: 'Create coordinator' }).click();
        await card.getByText('An account with this email already exists.').waitFor();
        await card.getByLabel('Email').fill(COORDINATOR.email);
        await card.getByRole('button', { name: 'Create coordinator' }).click();
        await card.getByText(`${COORDINATOR.name} is now a coordinator of ${ORGANISATION}.`).waitFor();
        await checkPage(staff, 'admin-organisations');
      },
    },
    {
      name: 'a coordinator creates a programme with rules, opens it, and it appears in the public list once open',
      async run() {
        const { baseUrl, newPerson } = people();
        coordinator = await newPerson({ width: 1280, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await coordinator.goto('/#/login');
        await coordinator.getByLabel('Email').fill(COORDINATOR.email);
        await coordinator.getByLabel('Password').fill(COORDINATOR.password);
        await coordinator.getByRole('button', { name: 'Log in' }).click();
        await heading(coordinator, 'Volunteers to vet');
        assertEqual(await coordinator.getByRole('link', { name: 'Organisations' }).count(), 0, 'coordinators do not see the admin tab');
        await staffTab(coordinator, 'Programmes');
        await coordinator.getByText('Your organisation has no programmes yet.').waitFor();
        await coordinator.getByRole('button', { name: 'New programme' }).click();

        // Mistakes are shown by their fields before anything is sent.
        await coordinator.getByLabel('Countries').fill('NLD');
        await coordinator.locator('#hostMinAge').fill('70');
        await coordinator.locator('#hostMaxAge').fill('60');
        await coordinator.getByRole('button', { name: 'Create programme' }).click();
        assertEqual(await coordinator.locator('#name-error').textContent(), 'This field is required.', 'name error');
        assertEqual(await coordinator.locator('#countryCodes-error').textContent(), 'Enter two-letter country codes such as NL or BE, separated by commas.', 'country error');
        assertEqual(await coordinator.locator('#hostMaxAge-error').textContent(), 'The highest age cannot be lower than the lowest age.', 'age order error');
        await checkPage(coordinator, 'staff-programme-form-errors');

        await coordinator.getByLabel('Name', { exact: true }).fill(PROGRAMME);
        await coordinator.getByLabel('Description').fill('Women who are new to the Netherlands meet women who have lived here a long time.');
        await coordinator.getByLabel('Countries').fill('NL');
        await coordinator.locator('#migrantGenders-female').check();
        await coordinator.locator('#hostGenders-female').check();
        await coordinator.locator('#hostMinAge').fill('55');
        await coordinator.locator('#hostMaxAge').fill('');
        await coordinator.getByLabel('Add a language').selectOption('nl');
        await coordinator.getByRole('button', { name: 'Add', exact: true }).click();
        await coordinator.getByRole('button', { name: 'Remove Dutch' }).waitFor();
        await coordinator.getByLabel('How people meet').selectOption('either');
        await coordinator.getByLabel('Length of a match (weeks)').fill('26');
        await coordinator.getByLabel('Check-in every (weeks)').fill('4');
        assertEqual(await coordinator.getByLabel('Status', { exact: true }).inputValue(), 'draft', 'a new programme starts as a draft');
        await coordinator.getByRole('button', { name: 'Create programme' }).click();

        // The list may show the new programme's card a moment before the page moves to it.
        await coordinator.waitForFunction('/^#\\/staff\\/programmes\\/[0-9a-f-]{36}$/.test(location.hash)');
        await coordinator.getByRole('link', { name: 'Back to all programmes' }).waitFor();
        await coordinator.getByRole('heading', { level: 2, name: PROGRAMME }).waitFor();
        await coordinator.getByText(RULES).waitFor();
        await coordinator.getByText('No check-in needs attention.').waitFor();
        await coordinator.getByRole('figure').first().waitFor();
        await checkPage(coordinator, 'staff-programme-draft');
        assert(!(await publicProgrammes(baseUrl)).includes(PROGRAMME), 'a draft is not in the public list');

        await coordinator.getByRole('button', { name: 'Edit programme' }).click();
        await coordinator.getByLabel('Status', { exact: true }).selectOption('open');
        await coordinator.getByRole('button', { name: 'Save changes' }).click();
        await coordinator.getByText('The programme was saved.').waitFor();
        await coordinator.getByText('Open ·', { exact: false }).first().waitFor();
        assert((await publicProgrammes(baseUrl)).includes(PROGRAMME), 'an open programme is in the public list');

        const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('button', { name: 'Download members (CSV)' }).click()]);
        assertEqual(download.suggestedFilename(), 'programme-samen-sterk-members.csv', 'CSV file name');
        const header = readFileSync(await download.path(), 'utf8').split(/\r?\n/)[0] ?? '';
        assertEqual(header.replace(/"/g, '').split(',').map((cell) => cell.trim()), ['id', 'role', 'displayName', 'place', 'joinedAt', 'verification', 'matches', 'meetupsHeld'], 'CSV header');

        await coordinator.getByRole('link', { name: 'Back to all programmes' }).click();
        await coordinator.getByRole('link', { name: PROGRAMME }).waitFor();
        await checkPage(coordinator, 'staff-programmes');
      },
    },
    {
      name: 'a newcomer joins the programme from My programmes, with her history shared, and sees it listed',
      async run() {
        const { migrant } = people();
        await migrant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My programmes', exact: true }).click();
        await heading(migrant, 'My programmes');
        const card = migrant.getByRole('list', { name: 'Programmes near you' }).getByRole('listitem', { name: PROGRAMME });
        await card.getByText(RULES).waitFor();
        await card.getByText(`Run by ${ORGANISATION}`, { exact: false }).waitFor();
        await card.getByLabel(`Share my history with ${ORGANISATION}`).check();
        await card.getByRole('button', { name: `Join ${PROGRAMME}` }).click();
        await migrant.getByText(`You joined ${PROGRAMME}.`).waitFor();
        const mine = migrant.getByRole('list', { name: 'Programmes you belong to' });
        await mine.getByRole('listitem', { name: PROGRAMME }).waitFor();
        await fitsWidth(migrant, 360);
        await checkPage(migrant, 'migrant-my-programmes-360px');
        await migrant.reload();
        await heading(migrant, 'My programmes');
        await migrant.getByRole('list', { name: 'Programmes you belong to' }).getByRole('listitem', { name: PROGRAMME }).waitFor();
        await card.getByText('You belong to this programme.').waitFor();
      },
    },
    {
      name: "the coordinator finds the newcomer among the programme's members, sorts them by when they joined, and reads them as cards on a phone",
      async run() {
        await staffTab(coordinator, 'Programmes');
        await coordinator.getByRole('link', { name: PROGRAMME }).click();
        const members = coordinator.getByRole('table', { name: 'Members of the programme' });
        const rows = members.locator('tbody tr');
        await rows.first().waitFor();
        assertEqual(await rows.count(), 1, 'the newcomer is the one member');
        assertEqual((await rows.first().getByRole('cell').nth(1).textContent())?.trim(), 'Newcomer', 'her role');
        const joined = members.getByRole('columnheader', { name: /Joined/ });
        assertEqual(await joined.getAttribute('aria-sort'), 'descending', 'the latest to join first');
        await joined.getByRole('button').click();
        await coordinator.waitForFunction(`document.querySelector('th[aria-sort="ascending"]') !== null`);
        await rows.first().waitFor();
        await checkPage(coordinator, 'staff-programme-members');
        const desk = coordinator.viewportSize();
        // As a coordinator on a phone opens the page: drawn at 360 px from the start.
        await coordinator.setViewportSize({ width: 360, height: 780 });
        await coordinator.reload();
        await members.locator('tbody tr').first().waitFor();
        await coordinator.getByRole('figure').first().waitFor();
        await fitsWidth(coordinator, 360);
        await checkPage(coordinator, 'staff-programme-members-360px');
        if (desk !== null) await coordinator.setViewportSize(desk);
      },
    },
    {
      name: 'check-in: the newcomer says how the active match is going',
      async run() {
        const { migrant } = people();
        await migrant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches', exact: true }).click();
        await heading(migrant, 'Matches');
        await migrant.getByRole('link', { name: /^Open conversation with / }).first().click();
        // On a 360 px phone the match page shows one part at a time.
        await migrant.getByRole('tab', { name: 'Check-in' }).click();
        const form = migrant.getByRole('form', { name: 'Check-in' });
        await form.getByRole('button', { name: 'Send check-in' }).click();
        await form.getByText('Choose how your match is going, from 1 to 5.').waitFor();
        await form.getByRole('radio', { name: '4 – Well' }).check();
        await form.getByLabel('Anything you would like to tell the coordinators? (optional)').fill('We meet every Wednesday.');
        await form.getByRole('button', { name: 'Send check-in' }).click();
        await migrant.getByText('Thank you. The coordinators read every check-in.').waitFor();
        await fitsWidth(migrant, 360);
        await checkPage(migrant, 'migrant-check-in-sent');
      },
    },
  ];
}
