/**
 * Logging out ends this device's notifications: the server drops the subscription with the session,
 * and the browser's own subscription goes too, so the next person on a shared phone starts from
 * "off" and is asked before anything of theirs is shown. Best effort: without a service worker,
 * push support or a subscription there is nothing to end.
 */
export async function endPushOnThisDevice(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = (await registration?.pushManager?.getSubscription()) ?? null;
    await subscription?.unsubscribe();
  } catch {
    // A browser that refuses is left as it is; the server already sends it nothing.
  }
}
