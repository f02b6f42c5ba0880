/**
 * Email in real Chromium, after the other journeys: the app runs without SMTP_URL, so every email
 * is an `.eml` file in its outbox. The newcomer confirms her address from the link in her
 * verification email, then, on her phone, asks for a password reset, follows the link in the
 * email, chooses a new password and logs in with it; the session she had open is over, and the
 * link does not work twice. Her email settings are kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage, fitsWidth, type TestCase } from './harness.js';

export interface EmailPeople {
  migrant: Page;
  email: string;
  password: string;
  baseUrl: string;
  outboxDir: string;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const NEW_PASSWORD = 'lantern-orchard-Haarlem-25';

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/**
 * The link to `path` in the newest email to `to` that has one, waiting for the queue to send it;
 * emails written at or before `after` (file names start with the time) are passed over.
 */
async function linkInNewestEmail(outboxDir: string, to: string, path: string, after = ''): Promise<string> {
  const deadline = Date.now() + 30_000;
  const pattern = new RegExp(`https?://[^\\s"<>]+/#${path.replace(/[/?]/g, '\\$&')}\\?token=[^\\s"<>]+`);
  while (Date.now() < deadline) {
    const files = (() => {
      try {
        return readdirSync(outboxDir).filter((name) => name.endsWith('.eml') && name > after).sort().reverse();
      } catch {
        return [];
      }
    })();
    for (const file of files) {
      const mail = await simpleParser(readFileSync(join(outboxDir, file)));
      const recipients = (Array.isArray(mail.to) ? mail.to : mail.to === undefined ? [] : [mail.to]).flatMap((address) => address.value.map((v) => v.address?.toLowerCase()));
      const link = pattern.exec(mail.text ?? '')?.[0];
      if (recipients.includes(to.toLowerCase()) && link !== undefined) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email to ${to} with a ${path} link in ${outboxDir} within 30 s`);
}

/** The newest outbox file name: later emails sort after it. */
function newestEmailName(outboxDir: string): string {
  try {
    return readdirSync(outboxDir).filter((name) => name.endsWith('.eml')).sort().at(-1) ?? '';
  } catch {
    return '';
  }
}

async function status(baseUrl: string, path: string, init: RequestInit): Promise<number> {
  return (await fetch(`${baseUrl}${path}`, init)).status;
}

export function emailJourneys(people: () => EmailPeople): TestCase[] {
  let phone: Page;
  let resetLink: string;

  return [
    {
      name: 'email: the newcomer is asked to confirm her address, and confirms it from the link in the email',
      async run() {
        const { migrant, email, outboxDir } = people();
        await migrant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches', exact: true }).click();
        await heading(migrant, 'Matches');
        await migrant.getByText(`we sent a link to ${email}`, { exact: false }).waitFor();
        const link = await linkInNewestEmail(outboxDir, email, '/verify-email');
        await migrant.goto(link);
        await heading(migrant, 'Confirm your email address');
        await migrant.getByText('Thank you: your email address is confirmed.').waitFor();
        await checkPage(migrant, 'verify-email-done');
        await migrant.getByRole('link', { name: 'Continue' }).click();
        await heading(migrant, 'Matches');
        assertEqual(await migrant.getByRole('button', { name: 'Send the link again' }).count(), 0, 'the reminder to confirm is gone');
      },
    },
    {
      name: 'email: she asks for a password reset on her phone and gets the same answer as for an unknown address',
      async run() {
        const { email, outboxDir } = people();
        phone = await people().newPerson({ width: 360, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await phone.goto('/#/login');
        await heading(phone, 'Log in');
        await phone.getByRole('link', { name: 'Forgot your password?' }).click();
        await heading(phone, 'Forgot your password?');
        const before = newestEmailName(outboxDir);
        await phone.getByLabel('Email').fill('nobody-here@example.org');
        await phone.getByRole('button', { name: 'Send me a link' }).click();
        const unknown = await phone.getByRole('status').filter({ hasText: 'Check your email.' }).innerText();
        await phone.getByRole('button', { name: 'Ask again' }).click();
        await phone.getByLabel('Email').fill(email);
        await phone.getByRole('button', { name: 'Send me a link' }).click();
        const known = await phone.getByRole('status').filter({ hasText: 'Check your email.' }).innerText();
        assertEqual(known.replace(email, '<address>'), unknown.replace('nobody-here@example.org', '<address>'), 'the answer for a known and an unknown address');
        await fitsWidth(phone, 360);
        await checkPage(phone, 'forgot-password-sent-360px');
        resetLink = await linkInNewestEmail(outboxDir, email, '/reset-password', before);
      },
    },
    {
      name: 'email: the reset link in the email sets a new password; she logs in with it and her old session is over',
      async run() {
        const { migrant, email, password, baseUrl } = people();
        const oldCookie = (await migrant.context().cookies()).find((cookie) => cookie.name === '__Host-cg_session');
        assert(oldCookie !== undefined, 'the newcomer is logged in on her first browser');
        const oldSession = { headers: { cookie: `${oldCookie.name}=${oldCookie.value}` } };
        assertEqual(await status(baseUrl, '/api/me', oldSession), 200, 'the old session before the reset');

        assert(resetLink.startsWith(`${baseUrl}/#/reset-password?token=`), `the link points at the app (${resetLink})`);
        await phone.goto(resetLink);
        await heading(phone, 'Choose a new password');
        await phone.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await phone.getByLabel('New password again').fill(`${NEW_PASSWORD}!`);
        await phone.getByRole('button', { name: 'Save new password' }).click();
        assertEqual(await phone.locator('#repeat-error').textContent(), 'The two passwords are not the same.', 'mismatch error');
        await fitsWidth(phone, 360);
        await checkPage(phone, 'reset-password-mismatch-360px');
        await phone.getByLabel('New password again').fill(NEW_PASSWORD);
        await phone.getByRole('button', { name: 'Save new password' }).click();
        await phone.getByText('Your password is changed.', { exact: false }).waitFor();
        await checkPage(phone, 'reset-password-done');

        await phone.getByRole('link', { name: 'Log in' }).click();
        await heading(phone, 'Log in');
        await phone.getByLabel('Email').fill(email);
        await phone.getByLabel('Password').fill(NEW_PASSWORD);
        await phone.getByRole('button', { name: 'Log in' }).click();
        await heading(phone, 'Matches');

        assertEqual(await status(baseUrl, '/api/me', oldSession), 401, 'the old session after the reset');
        const oldLogin = await status(baseUrl, '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
        assertEqual(oldLogin, 401, 'logging in with the old password');
        await migrant.reload();
        await heading(migrant, 'Log in');
      },
    },
    {
      name: 'email: the reset link does not work twice, and says how to get a new one',
      async run() {
        await phone.goto(resetLink);
        await heading(phone, 'Choose a new password');
        await phone.getByLabel('New password', { exact: true }).fill('another-password-Delft-9');
        await phone.getByLabel('New password again').fill('another-password-Delft-9');
        await phone.getByRole('button', { name: 'Save new password' }).click();
        await phone.getByText('This link does not work any more', { exact: false }).waitFor();
        await phone.getByRole('link', { name: 'Ask for a new link' }).click();
        await heading(phone, 'Forgot your password?');
      },
    },
    {
      name: 'email: account settings keep the email choices, and the account menu leads there',
      async run() {
        await phone.goto('/#/matches');
        await heading(phone, 'Matches');
        await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account', exact: true }).click();
        await heading(phone, 'Account settings');
        const reminders = phone.getByRole('checkbox', { name: 'A reminder the day before a meetup' });
        assertEqual(await reminders.isChecked(), true, 'every email is on to start with');
        await reminders.uncheck();
        await phone.getByLabel('Language of our emails').selectOption('nl');
        await phone.getByRole('button', { name: 'Save email settings' }).click();
        await phone.getByText('Your email settings are saved.').waitFor();
        await fitsWidth(phone, 360);
        await checkPage(phone, 'account-settings-360px');
        await phone.reload();
        await heading(phone, 'Account settings');
        assertEqual(await phone.getByRole('checkbox', { name: 'A reminder the day before a meetup' }).isChecked(), false, 'the choice after a reload');
        assertEqual(await phone.getByLabel('Language of our emails').inputValue(), 'nl', 'the email language after a reload');
      },
    },
  ];
}
