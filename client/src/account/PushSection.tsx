import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { deletePushSubscription, fetchPushPublicKey, savePushSubscription } from '../data/push';
import { Button } from '../components/Button';

type PushState = 'checking' | 'unsupported' | 'denied' | 'on' | 'off';

function supported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The subscription as the server keeps it, from `toJSON()` (whose keys a browser always fills). */
function asSaved(subscription: PushSubscription): { endpoint: string; keys: { p256dh: string; auth: string } } {
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } };
}

/** "Notifications on this device": asks the browser's permission, subscribes with the server's key, and turns it off again. */
export function PushSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<PushState>('checking');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!supported()) {
      setState('unsupported');
      return;
    }
    let cancelled = false;
    void currentSubscription()
      .then((subscription) => {
        if (!cancelled) setState(subscription !== null ? 'on' : Notification.permission === 'denied' ? 'denied' : 'off');
      })
      .catch(() => !cancelled && setState('off'));
    return () => {
      cancelled = true;
    };
  }, []);

  async function turnOn() {
    setBusy(true);
    setFailed(false);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'denied' : 'off');
        return;
      }
      const registration = await navigator.serviceWorker.ready;
      const subscription = (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(await fetchPushPublicKey()) }));
      await savePushSubscription(asSaved(subscription));
      setState('on');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setFailed(false);
    try {
      const subscription = await currentSubscription();
      if (subscription !== null) {
        await deletePushSubscription(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setState('off');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">{t('push.heading')}</h2>
      <p>{t('push.intro')}</p>
      {state === 'checking' ? <p role="status">{t('common.loading')}</p> : null}
      {state === 'unsupported' ? <p>{t('push.unsupported')}</p> : null}
      {state === 'denied' ? <Notice kind="info">{t('push.denied')}</Notice> : null}
      {state === 'on' || state === 'off' ? <p role="status">{t(state === 'on' ? 'push.on' : 'push.off')}</p> : null}
      {state === 'off' || state === 'denied' ? (
        <Button onClick={() => void turnOn()} disabled={busy}>
          {t('push.enable')}
        </Button>
      ) : null}
      {state === 'on' ? (
        <Button variant="secondary" onClick={() => void turnOff()} disabled={busy}>
          {t('push.disable')}
        </Button>
      ) : null}
      <Notice kind="error">{failed ? t('push.failed') : undefined}</Notice>
    </section>
  );
}
