/**
 * Journeys 3–6 against the real server, after journeys.ts signed up the migrant and the host and staff
 * verified the host: a match asked for from suggestions and accepted, live chat both ways, a meetup
 * proposed and confirmed, and a reported message hidden by staff for both people, live.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage } from './harness.js';
import type { TestCase } from './harness.js';

export interface People {
  migrant: Page;
  host: Page;
  staff: Page;
  migrantName: string;
  hostName: string;
}

const HELLO = 'Hello Hanna, I would love to practise Dutch with you.';
const REPLY = 'Welcome Mariam! Wednesday evenings suit me well.';
const OFFENSIVE = 'Send me money or else.';
const HIDDEN = 'This message was hidden by a moderator.';

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function nav(page: Page, link: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title);
}

/** A message in the conversation history with the given body. */
function message(page: Page, body: string) {
  return page.getByRole('list', { name: 'Messages' }).locator('li.message', { hasText: body });
}

export function matchJourneys(people: () => People): TestCase[] {
  let matchPath = '';

  return [
    {
      name: 'match: the migrant sees the verified host in suggestions and asks; the host accepts',
      async run() {
        const { migrant, host, migrantName, hostName } = people();
        await nav(migrant, 'Suggestions', 'Suggestions');
        const card = migrant.locator('.card', { hasText: hostName });
        await card.getByRole('heading', { name: hostName }).waitFor();
        await card.getByText('Match score', { exact: false }).waitFor();
        await checkPage(migrant, 'migrant-suggestions');
        await card.getByRole('button', { name: `Ask ${hostName} for a match` }).click();
        await heading(migrant, 'Matches');
        await migrant.getByText(`You accepted. Waiting for ${hostName}.`).waitFor();
        await checkPage(migrant, 'migrant-match-proposed');

        await nav(host, 'Matches', 'Matches');
        const proposal = host.locator('.card', { hasText: migrantName });
        await proposal.getByRole('button', { name: 'Accept', exact: true }).click();
        const open = host.getByRole('link', { name: `Open conversation with ${migrantName}` });
        await open.waitFor();
        await checkPage(host, 'host-match-active');
        // The migrant hears of it through the `match.active` notification, without reloading.
        await migrant.getByRole('link', { name: `Open conversation with ${hostName}` }).waitFor();
        await open.click();
        await heading(host, `You and ${migrantName}`);
        matchPath = new URL(host.url()).hash;
        assert(/^#\/matches\/[0-9a-f-]{36}$/.test(matchPath), `the match page URL (${matchPath})`);
        await migrant.getByRole('link', { name: `Open conversation with ${hostName}` }).click();
        await migrant.waitForURL((url) => url.hash === matchPath);
      },
    },
    {
      name: 'chat: a message typed in one browser appears in the other without a reload, both ways',
      async run() {
        const { migrant, host } = people();
        for (const page of [migrant, host]) await page.getByText('Connected', { exact: true }).waitFor();
        await migrant.getByLabel('Message', { exact: true }).fill(HELLO);
        await migrant.getByLabel('Message', { exact: true }).press('Enter');
        await message(migrant, HELLO).waitFor();
        await message(host, HELLO).waitFor();
        await host.getByLabel('Message', { exact: true }).fill(REPLY);
        await host.getByRole('button', { name: 'Send', exact: true }).click();
        await message(host, REPLY).waitFor();
        await message(migrant, REPLY).waitFor();
        await migrant.getByLabel('Message', { exact: true }).fill(OFFENSIVE);
        await migrant.getByLabel('Message', { exact: true }).press('Enter');
        await message(host, OFFENSIVE).waitFor();
        assertEqual(await message(host, HELLO).count(), 1, 'each message shown once');
        await checkPage(migrant, 'migrant-chat');
        await checkPage(host, 'host-chat');
      },
    },
    {
      name: 'meetup: the migrant proposes a time, the host accepts it, both see it confirmed',
      async run() {
        const { migrant, host } = people();
        // The migrant is on a 360 px phone, where the match page shows one part at a time.
        await migrant.getByRole('tab', { name: 'Meetups' }).click();
        const planner = migrant.getByRole('region', { name: 'Meetups' });
        const firstSlot = planner.getByRole('radio').first();
        if ((await firstSlot.count()) > 0) {
          await firstSlot.check();
        } else {
          // No overlap found: choose a time a week ahead, as the form allows.
          const when = new Date(Date.now() + 7 * 86_400_000);
          const local = `${when.toISOString().slice(0, 10)}T18:30`;
          await migrant.getByLabel(/Or choose a time/).fill(local);
        }
        await migrant.getByLabel('Place (optional)').fill('Public library, Oosterdok');
        await migrant.getByRole('button', { name: 'Propose meetup' }).click();
        await migrant.getByText('Meetup proposed.').waitFor();
        const hostCard = host.locator('li.meetup', { hasText: 'Public library, Oosterdok' });
        // Arrives through the `meetup.proposed` notification.
        await hostCard.getByRole('button', { name: 'Accept', exact: true }).click();
        await hostCard.getByText('Confirmed', { exact: false }).waitFor();
        await host.reload();
        await host.locator('li.meetup', { hasText: 'Public library, Oosterdok' }).getByText('Confirmed', { exact: false }).waitFor();
        await migrant.locator('li.meetup', { hasText: 'Public library, Oosterdok' }).getByText('Confirmed', { exact: false }).waitFor();
        await checkPage(host, 'host-meetup-confirmed');
        await nav(migrant, 'Meetups', 'Your meetups');
        await migrant.locator('li.meetup', { hasText: 'Public library, Oosterdok' }).getByText('Confirmed', { exact: false }).waitFor();
        await migrant.getByRole('button', { name: 'Create a calendar link' }).click();
        const feed = await migrant.getByLabel('Calendar address').inputValue();
        assert(feed.includes('/api/me/calendar.ics?token='), `a calendar address (${feed})`);
        const calendar = await fetch(feed);
        assertEqual(calendar.status, 200, 'the calendar feed answers without a bearer token');
        const ics = await calendar.text();
        // RFC 5545 escapes the comma in the place ("Public library\\, Oosterdok").
        assert(ics.startsWith('BEGIN:VCALENDAR') && ics.includes('Oosterdok') && ics.includes('STATUS:CONFIRMED'), `the feed lists the confirmed meetup:\n${ics.slice(0, 400)}`);
        await checkPage(migrant, 'migrant-meetups-calendar');
        await migrant.goBack();
        await migrant.waitForURL((url) => url.hash === matchPath);
      },
    },
    {
      name: 'moderation: the host reports a message, staff hide it from the queue, it disappears for both live',
      async run() {
        const { migrant, host, staff, migrantName } = people();
        const offending = message(host, OFFENSIVE);
        await offending.getByRole('button', { name: new RegExp(`^Report the message from ${migrantName}`) }).click();
        await offending.getByLabel('Reason').selectOption('harassment');
        await offending.getByLabel('Details (optional)').fill('Asking me for money');
        await offending.getByRole('button', { name: 'Send report' }).click();
        await offending.getByText('Thank you. Our coordinators will look at it.').waitFor();
        await checkPage(host, 'host-reported-message');

        await staff.getByRole('link', { name: 'Reports', exact: true }).click();
        await heading(staff, 'Reports');
        const report = staff.locator('.card', { hasText: 'reported by a user' }).filter({ hasText: 'Asking me for money' });
        await report.getByRole('button', { name: 'Review' }).click();
        await report.locator('.messages .reported', { hasText: OFFENSIVE }).waitFor();
        await checkPage(staff, 'staff-report-review');
        assertEqual(await report.getByLabel('Action').inputValue(), 'hide_message', 'hiding is the default for a reported message');
        await report.getByLabel('Note (required)').fill('Asking for money is not allowed');
        await report.getByRole('button', { name: 'Resolve report' }).click();
        await report.waitFor({ state: 'detached' });

        // `message:hidden` reaches both open conversations: the body is replaced without a reload.
        await message(host, HIDDEN).waitFor();
        await message(migrant, HIDDEN).waitFor();
        assertEqual(await host.getByText(OFFENSIVE).count(), 0, 'the hidden body is gone for the host');
        assertEqual(await migrant.getByText(OFFENSIVE).count(), 0, 'the hidden body is gone for the migrant');
        await migrant.reload();
        await message(migrant, HIDDEN).waitFor();
        await message(migrant, HELLO).waitFor();
        assertEqual(await migrant.getByText(OFFENSIVE).count(), 0, 'still hidden after a reload');
        await checkPage(migrant, 'migrant-message-hidden');
      },
    },
  ];
}
