import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useCreateCalendarToken, useRevokeCalendarToken } from '../data/meetups';
import { latestFailure } from '../data/mutations';
import { describeFirstError } from '../i18n/describe-error';

/**
 * The private feed of one's meetups for a calendar app (POST /api/me/calendar-token). The server
 * keeps only a hash of the token, so the address is shown once; making a new one revokes the old.
 */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState<string>();
  const create = useCreateCalendarToken();
  const revoke = useRevokeCalendarToken();
  const busy = create.isPending || revoke.isPending;

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
      <Notice kind="error">{describeFirstError(t, latestFailure([create, revoke]))}</Notice>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => create.mutate(undefined, { onSuccess: (token) => setUrl(token.url) })}>
          {url === undefined ? t('meetups.subscribeCreate') : t('meetups.subscribeRenew')}
        </button>
        {url === undefined ? null : (
          <button type="button" className="secondary" disabled={busy} onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(undefined) })}>
            {t('meetups.subscribeRevoke')}
          </button>
        )}
      </div>
    </section>
  );
}
