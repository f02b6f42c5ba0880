import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Notice } from '../components/Field';
import { useCreateCalendarToken, useRevokeCalendarToken } from '../data/meetups';
import { latestFailure } from '../data/mutations';
import { describeFirstError } from '../i18n/describe-error';
import { Button } from '../components/Button';
import { Card } from '../components/Card';

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
    <Card as="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('meetups.subscribe')}</h2>
      <p className="hint">{t('meetups.subscribeHint')}</p>
      {url === undefined ? null : (
        <Field id={`${id}-url`} label={t('meetups.subscribeLabel')}>
          {() => <input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.target.select()} />}
        </Field>
      )}
      <Notice kind="error">{describeFirstError(t, latestFailure([create, revoke]))}</Notice>
      <div className="actions">
        <Button disabled={busy} onClick={() => create.mutate(undefined, { onSuccess: (token) => setUrl(token.url) })}>
          {url === undefined ? t('meetups.subscribeCreate') : t('meetups.subscribeRenew')}
        </Button>
        {url === undefined ? null : (
          <Button variant="secondary" disabled={busy} onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(undefined) })}>
            {t('meetups.subscribeRevoke')}
          </Button>
        )}
      </div>
    </Card>
  );
}
