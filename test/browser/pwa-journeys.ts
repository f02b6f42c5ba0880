/**
 * The installable app in real Chromium: the manifest and its icons, the service worker taking
 * control, the app shell opening offline with the "You are offline" notice (360 px and 1280 px),
 * a chat draft surviving a reload, and the worker's `push` handler showing a notification for a
 * push message delivered to it through the DevTools protocol (headless Chromium reaches no real
 * push service, so `pushManager.subscribe` itself cannot be exercised here).
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual, checkPage, type TestCase } from './harness.js';

export interface PwaPeople {
  /** A person on a match's conversation page. */
  migrant: Page;
  baseUrl: string;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const DRAFT = 'Half-written: shall we try the market on';

async function controlled(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (!(await page.evaluate<boolean>('navigator.serviceWorker.controller !== null'))) await page.reload();
  assert(await page.evaluate<boolean>('navigator.serviceWorker.controller !== null'), 'the service worker controls the page');
}

interface ShownNotification {
  title: string;
  body: string;
  icon: string;
  url: string;
}

/**
 * The notifications the service worker shows, once there are any (or none after 5 s). Asked
 * again and again: the worker shows a push in its own time after the page delivered it.
 */
async function shownNotifications(page: Page): Promise<ShownNotification[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const shown = await page.evaluate<ShownNotification[]>(
      `navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((list) => list.map((n) => ({ title: n.title, body: n.body, icon: n.icon, url: n.data.url })))`,
    );
    if (shown.length > 0 || Date.now() > deadline) return shown;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function pwaJourneys(people: () => PwaPeople): TestCase[] {
  return [
    {
      name: 'pwa: the manifest and icons are served, and the chat draft survives a reload',
      async run() {
        const { migrant, baseUrl } = people();
        const manifest = await migrant.request.get(`${baseUrl}/manifest.webmanifest`);
        assertEqual(manifest.status(), 200, 'manifest status');
        const body = (await manifest.json()) as { name: string; display: string; start_url: string; icons: Array<{ src: string; sizes: string; purpose: string }> };
        assertEqual([body.name, body.display, body.start_url], ['Common Ground', 'standalone', '/'], 'manifest fields');
        for (const icon of body.icons) {
          const png = await migrant.request.get(`${baseUrl}${icon.src}`);
          assertEqual(png.headers()['content-type'], 'image/png', `${icon.src} type`);
        }
        assert(body.icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'), 'a maskable icon');
        assertEqual(await migrant.locator('link[rel="manifest"]').getAttribute('href'), '/manifest.webmanifest', 'manifest link');

        assert(migrant.url().includes('#/matches/'), `the migrant is on a conversation (${migrant.url()})`);
        const box = migrant.getByLabel('Message', { exact: true });
        await box.fill(DRAFT);
        await migrant.reload();
        await migrant.getByText('Connected', { exact: true }).waitFor();
        assertEqual(await migrant.getByLabel('Message', { exact: true }).inputValue(), DRAFT, 'the draft after a reload');
        await migrant.getByLabel('Message', { exact: true }).fill('');
      },
    },
    {
      name: 'pwa: the service worker controls the page, the app opens offline with the notice (360 px and 1280 px)',
      async run() {
        for (const width of [360, 1280]) {
          const page = await people().newPerson({ width, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
          await controlled(page);
          await page.context().setOffline(true);
          await page.reload();
          await page.getByText('You are offline.').waitFor();
          await page.locator('.site-header').waitFor();
          await checkPage(page, `offline-${width}`);
          await page.context().setOffline(false);
          await page.getByText('You are offline.').waitFor({ state: 'detached' });
        }
      },
    },
    {
      name: 'pwa: a push message delivered to the service worker is shown as a notification',
      async run() {
        const page = await people().newPerson({ width: 1280, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await page.context().grantPermissions(['notifications'], { origin: people().baseUrl });
        await controlled(page);
        const cdp = await page.context().newCDPSession(page);
        const registrationId = new Promise<string>((resolve) => {
          cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> }) => {
            const found = event.registrations.find((registration) => !registration.isDeleted && registration.scopeURL.startsWith(people().baseUrl));
            if (found !== undefined) resolve(found.registrationId);
          });
        });
        await cdp.send('ServiceWorker.enable');
        const payload = { type: 'match.proposed', title: 'Amal would like to meet you', body: 'See the proposal', url: '/#/matches/00000000-0000-4000-8000-000000000001' };
        const push = { origin: new URL(people().baseUrl).origin, registrationId: await registrationId, data: JSON.stringify(payload) };
        // A push delivered through the DevTools protocol is now and then dropped before the worker
        // handles it; a push service delivers again too. One tag, so a second one replaces the first.
        let notifications: ShownNotification[] = [];
        for (let attempt = 0; attempt < 3 && notifications.length === 0; attempt += 1) {
          await cdp.send('ServiceWorker.deliverPushMessage', push);
          notifications = await shownNotifications(page);
        }
        assertEqual(notifications.length, 1, 'one notification');
        assertEqual([notifications[0].title, notifications[0].body, notifications[0].url], [payload.title, payload.body, payload.url], 'the notification');
        assert(notifications[0].icon.endsWith('/icons/icon-192.png'), 'the app icon');
        await cdp.detach();
      },
    },
  ];
}
