import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { isUnread, useMarkNotificationsRead } from '../data/notifications';
import { describeFirstError } from '../i18n/describe-error';
import { notificationLink, translateNotification } from '../i18n/translate-api';
import { href } from '../router';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { useNotificationFeed } from './notifications';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { items, unread } = useNotificationFeed();
  const markRead = useMarkNotificationsRead();
  const timeZone = useViewerTimezone();
  return (
    <section>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.unread', { count: unread })}</p>
      <button type="button" className="secondary" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate(items.filter(isUnread).map((n) => n.id))}>
        {t('notifications.markAllRead')}
      </button>
      <Notice kind="error">{describeFirstError(t, markRead.error)}</Notice>
      {items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <ul className="cards">
          {items.map((n) => (
            <li key={n.id} className={isUnread(n) ? 'card unread' : 'card'}>
              <p>{translateNotification(t, n)}</p>
              {notificationLink(n) === undefined ? null : <p><a href={href(notificationLink(n) ?? '/')}>{t('notifications.open')}</a></p>}
              <p className="meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language, timeZone)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
