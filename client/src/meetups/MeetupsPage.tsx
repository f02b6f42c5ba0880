import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useMyMeetups } from '../data/meetups';
import { describeFirstError } from '../i18n/describe-error';
import { CalendarSubscription } from './CalendarSubscription';
import { MeetupCard } from './MeetupCard';
import { useViewerTimezone } from './time';
import { EmptyState } from '../components/EmptyState';
import { CardList } from '../components/Card';

export function MeetupsPage() {
  const { t } = useTranslation();
  const timeZone = useViewerTimezone();
  const upcoming = useMyMeetups('upcoming');
  const past = useMyMeetups('past');

  return (
    <section>
      <PageTitle>{t('meetups.pageTitle')}</PageTitle>
      <p className="hint">{t('meetups.timesIn', { timeZone })}</p>
      <Notice kind="error">{describeFirstError(t, upcoming.error, past.error)}</Notice>
      <h2>{t('meetups.upcoming')}</h2>
      {(upcoming.data ?? []).length === 0 ? <EmptyState>{t('meetups.none')}</EmptyState> : <CardList>{upcoming.data?.map((m) => <MeetupCard key={m.id} meetup={m} showMatchLink />)}</CardList>}
      <h2>{t('meetups.past')}</h2>
      {(past.data ?? []).length === 0 ? <EmptyState>{t('meetups.none')}</EmptyState> : <CardList>{past.data?.map((m) => <MeetupCard key={m.id} meetup={m} showMatchLink />)}</CardList>}
      <CalendarSubscription />
    </section>
  );
}
