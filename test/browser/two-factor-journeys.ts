/**
 * Two-factor sign-in in real Chromium: a new coordinator, while it is optional, sets it up from the
 * account settings with a code computed from the key the page shows, keeps the recovery codes, logs
 * out, and logs in again: the login asks for the code, a wrong one is shown by its field, the right
 * one signs in to the staff console.
 */
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { api, assertEqual, checkPage, STAFF, type TestCase } from './harness.js';

export interface TwoFactorPeople {
  baseUrl: string;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const COORDINATOR = { email: 'two-step.coordinator@example.org', password: 'harbour-lantern-Leiden-61', displayName: 'Tess Two-Step' };

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** The code the app would show `offsetSeconds` from now. */
function codeFor(secret: string, offsetSeconds = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

export function twoFactorJourneys(people: () => TwoFactorPeople): TestCase[] {
  let coordinator: Page;
  let secret = '';
  return [
    {
      name: 'a coordinator sets up two-factor sign-in from the account settings and keeps the recovery codes',
      async run() {
        const { baseUrl, newPerson } = people();
        const admin = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', { method: 'POST', body: STAFF });
        const [organisation] = await api<Array<{ id: string }>>(baseUrl, '/api/admin/organisations', { token: admin.accessToken });
        await api(baseUrl, `/api/admin/organisations/${organisation.id}/staff`, { method: 'POST', token: admin.accessToken, body: COORDINATOR });

        coordinator = await newPerson({ width: 1280, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await coordinator.goto('/#/login');
        await coordinator.getByLabel('Email').fill(COORDINATOR.email);
        await coordinator.getByLabel('Password').fill(COORDINATOR.password);
        await coordinator.getByRole('button', { name: 'Log in' }).click();
        await heading(coordinator, 'Volunteers to vet');
        await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
        await heading(coordinator, 'Account settings');
        await coordinator.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
        await coordinator.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
        secret = (await coordinator.locator('.secret-key').textContent()) ?? '';
        assertEqual(/^[A-Z2-7]{32}$/.test(secret), true, 'the key is shown as Base32 text');
        await checkPage(coordinator, 'two-factor-enrolment');
        await coordinator.getByLabel('Code from the app').fill(codeFor(secret));
        await coordinator.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
        await coordinator.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
        assertEqual(await coordinator.locator('.recovery-codes li').count(), 10, 'recovery codes shown');
        await checkPage(coordinator, 'two-factor-recovery-codes');
        await coordinator.getByRole('button', { name: 'I have kept my codes' }).click();
        await coordinator.getByText('You have 10 recovery codes left.').waitFor();
      },
    },
    {
      name: 'the coordinator logs in again with a code: a wrong one is shown by its field',
      async run() {
        await coordinator.getByRole('button', { name: 'Log out' }).click();
        await heading(coordinator, 'Log in');
        await coordinator.getByLabel('Email').fill(COORDINATOR.email);
        await coordinator.getByLabel('Password').fill(COORDINATOR.password);
        await coordinator.getByRole('button', { name: 'Log in' }).click();
        const code = coordinator.getByLabel('Code from your authenticator app');
        await code.waitFor();
        await code.fill(codeFor(secret) === '000000' ? '111111' : '000000');
        await coordinator.getByRole('button', { name: 'Log in' }).click();
        await coordinator.locator('#code-error').waitFor();
        assertEqual(await coordinator.locator('#code-error').textContent(), 'This code is not right, or it was used already. Wait for the next code and try again.', 'a wrong code');
        await checkPage(coordinator, 'login-two-factor-code');
        // The next step's code: the one that turned it on may not sign in again.
        await code.fill(codeFor(secret, 30));
        await coordinator.getByRole('button', { name: 'Log in' }).click();
        await heading(coordinator, 'Volunteers to vet');
      },
    },
  ];
}
