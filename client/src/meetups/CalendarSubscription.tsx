import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import { Notice } from '../components/Field';
import { describeError } from '../i18n/describe-error';

/**
 * The private feed of one's meetups for a calendar app (POST /api/me/calendar-token). The server
 * keeps only a hash of the token, so the address is shown once; making a new one revokes the old.
 */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<string | undefined>): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      setUrl(await action());
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }
  const create = (): Promise<void> => run(async () => (await call(api.POST('/api/me/calendar-token'))).url);
  const revoke = (): Promise<void> => run(async () => {
    await call(api.DELETE('/api/me/calendar-token'));
    return undefined;
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('meetups.subscribe')}</h2>
      <p className="hint">{t('meetups.subscribeHint')}</p>
      {url === undefined ? null : (
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('meetups.subscribeLabel')}</label>
          <input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.target.select()} />
        </div>
      )}
      <Notice kind="error">{error}</Notice>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void create()}>{url === undefined ? t('meetups.subscribeCreate') : t('meetups.subscribeRenew')}</button>
        {url === undefined ? null : <button type="button" className="secondary" disabled={busy} onClick={() => void revoke()}>{t('meetups.subscribeRevoke')}</button>}
      </div>
    </section>
  );
}
