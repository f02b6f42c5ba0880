import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { answer } from '../data/test-support';
import { PushSection } from './PushSection';

const ENDPOINT = 'https://push.example.org/device-1';
const PUBLIC_KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';

/** A browser with a service worker and push: `subscribed` says whether this device already is. */
function fakeBrowser(options: { subscribed: boolean; permission: NotificationPermission; answer?: NotificationPermission }) {
  const subscription = {
    endpoint: ENDPOINT,
    toJSON: () => ({ endpoint: ENDPOINT, keys: { p256dh: 'cDI1NmRo', auth: 'YXV0aA' } }),
    unsubscribe: vi.fn(() => Promise.resolve(true)),
  };
  let current: typeof subscription | null = options.subscribed ? subscription : null;
  const pushManager = {
    getSubscription: vi.fn(() => Promise.resolve(current)),
    subscribe: vi.fn(() => {
      current = subscription;
      return Promise.resolve(subscription);
    }),
  };
  const registration = { pushManager };
  vi.stubGlobal('PushManager', function PushManager() {});
  vi.stubGlobal('Notification', { permission: options.permission, requestPermission: vi.fn(() => Promise.resolve(options.answer ?? 'granted')) });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: () => Promise.resolve(registration), ready: Promise.resolve(registration) } });
  return { subscription, pushManager };
}

describe('notifications on this device', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('says a browser without push cannot, and offers nothing', () => {
    render(<PushSection />);
    expect(screen.getByText('This browser cannot show notifications while Common Ground is closed.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks permission, subscribes with the server’s key and keeps the subscription on the server', async () => {
    const browser = fakeBrowser({ subscribed: false, permission: 'default' });
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, { publicKey: PUBLIC_KEY }));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(201));
    render(<PushSection />);
    expect(await screen.findByText('Notifications are off for this device.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow notifications on this device' }));
    expect(await screen.findByText('Notifications are on for this device.')).toBeTruthy();
    const [options] = browser.pushManager.subscribe.mock.calls[0] as unknown as [{ userVisibleOnly: boolean; applicationServerKey: Uint8Array }];
    expect(options.userVisibleOnly).toBe(true);
    expect(options.applicationServerKey).toHaveLength(65);
    expect(options.applicationServerKey[0]).toBe(4);
    expect(post).toHaveBeenCalledWith('/api/me/push-subscriptions', { body: { endpoint: ENDPOINT, keys: { p256dh: 'cDI1NmRo', auth: 'YXV0aA' } } });
  });

  it('does not subscribe when the person refuses, and says how to allow it later', async () => {
    const browser = fakeBrowser({ subscribed: false, permission: 'default', answer: 'denied' });
    const post = vi.spyOn(api, 'POST');
    render(<PushSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow notifications on this device' }));
    expect(await screen.findByText(/This browser blocks notifications from Common Ground/)).toBeTruthy();
    expect(browser.pushManager.subscribe).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
  });

  it('turns notifications off: the server forgets the device, and the browser unsubscribes', async () => {
    const browser = fakeBrowser({ subscribed: true, permission: 'granted' });
    const del = vi.spyOn(api, 'DELETE').mockImplementation(() => answer(204));
    render(<PushSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off notifications on this device' }));
    expect(await screen.findByText('Notifications are off for this device.')).toBeTruthy();
    expect(del).toHaveBeenCalledWith('/api/me/push-subscriptions', { body: { endpoint: ENDPOINT } });
    expect(browser.subscription.unsubscribe).toHaveBeenCalled();
  });
});
