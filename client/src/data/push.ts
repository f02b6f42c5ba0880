import { api } from '../api/client';
import { call } from '../api/errors';

/** The server's VAPID public key, for `PushManager.subscribe`. */
export async function fetchPushPublicKey(): Promise<string> {
  return (await call(api.GET('/api/push/public-key'))).publicKey;
}

/** Keeps this browser's subscription for the signed-in person (the body is `PushSubscription.toJSON()`). */
export async function savePushSubscription(subscription: { endpoint: string; keys: { p256dh: string; auth: string } }): Promise<void> {
  await call(api.POST('/api/me/push-subscriptions', { body: { endpoint: subscription.endpoint, keys: subscription.keys } }));
}

export async function deletePushSubscription(endpoint: string): Promise<void> {
  await call(api.DELETE('/api/me/push-subscriptions', { body: { endpoint } }));
}
