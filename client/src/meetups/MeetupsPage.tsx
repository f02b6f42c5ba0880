import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { Meetup } from '../api/client';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { describeError } from '../i18n/describe-error';
import { useRefreshOn } from '../notifications/notifications';
import { CalendarSubscription } from './CalendarSubscription';
import { MeetupCard } from './MeetupCard';
import { useViewerTimezone } from './time';

export function MeetupsPage() {
  const { t } = useTranslation();
  const timeZone = useViewerTimezone();
  const [upcoming, setUpcoming] = useState<Meetup[]>([]);
  const [past, setPast] = useState<Meetup[]>([]);
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    const fail = (e: unknown): void => setError(describeError(e, t));
    call(api.GET('/api/meetups', { params: { query: { when: 'upcoming' } } })).then(setUpcoming, fail);
    call(api.GET('/api/meetups', { params: { query: { when: 'past' } } })).then(setPast, fail);
  }, [t]);
  useEffect(load, [load]);
  useRefreshOn(['meetup.'], load);

  return (
    <section>
      <PageTitle>{t('meetups.pageTitle')}</PageTitle>
      <p className="hint">{t('meetups.timesIn', { timeZone })}</p>
      <Notice kind="error">{error}</Notice>
      <h2>{t('meetups.upcoming')}</h2>
      {upcoming.length === 0 ? <p>{t('meetups.none')}</p> : <ul className="cards">{upcoming.map((m) => <MeetupCard key={m.id} meetup={m} onChanged={load} showMatchLink />)}</ul>}
      <h2>{t('meetups.past')}</h2>
      {past.length === 0 ? <p>{t('meetups.none')}</p> : <ul className="cards">{past.map((m) => <MeetupCard key={m.id} meetup={m} onChanged={load} showMatchLink />)}</ul>}
      <CalendarSubscription />
    </section>
  );
}
