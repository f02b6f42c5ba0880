import { afterEach, describe, expect, it, vi } from 'vitest';
import { endPushOnThisDevice } from './push-device';

function withServiceWorker(registration: unknown): void {
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: () => Promise.resolve(registration) } });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('ending push on this device at logout', () => {
  it("unsubscribes the browser's subscription", async () => {
    const unsubscribe = vi.fn(() => Promise.resolve(true));
    withServiceWorker({ pushManager: { getSubscription: () => Promise.resolve({ unsubscribe }) } });
    await endPushOnThisDevice();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('does nothing, and throws nothing, without a subscription, a registration or a service worker', async () => {
    withServiceWorker({ pushManager: { getSubscription: () => Promise.resolve(null) } });
    await expect(endPushOnThisDevice()).resolves.toBeUndefined();
    withServiceWorker(undefined);
    await expect(endPushOnThisDevice()).resolves.toBeUndefined();
    Reflect.deleteProperty(navigator, 'serviceWorker');
    await expect(endPushOnThisDevice()).resolves.toBeUndefined();
  });

  it('swallows a browser that refuses', async () => {
    withServiceWorker({ pushManager: { getSubscription: () => Promise.reject(new Error('denied')) } });
    await expect(endPushOnThisDevice()).resolves.toBeUndefined();
  });
});
