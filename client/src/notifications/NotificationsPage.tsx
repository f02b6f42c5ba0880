import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { notificationLink, translateNotification } from '../i18n/translate-api';
import { href } from '../router';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { useNotifications } from './notifications';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { items, unread, markAllRead } = useNotifications();
  const timeZone = useViewerTimezone();
  return (
    <section>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.unread', { count: unread })}</p>
      <button type="button" className="secondary" disabled={unread === 0} onClick={() => void markAllRead()}>
        {t('notifications.markAllRead')}
      </button>
      {items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <ul className="cards">
          {items.map((n) => (
            <li key={n.id} className={n.readAt === null || n.readAt === undefined ? 'card unread' : 'card'}>
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
