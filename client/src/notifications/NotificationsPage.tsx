import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { isUnread, useMarkNotificationsRead } from '../data/notifications';
import { describeFirstError } from '../i18n/describe-error';
import { notificationLink, translateNotification } from '../i18n/translate-api';
import { href } from '../router';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { useNotificationFeed } from './notifications';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { Card, CardList } from '../components/Card';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { items, unread } = useNotificationFeed();
  const markRead = useMarkNotificationsRead();
  const timeZone = useViewerTimezone();
  return (
    <section>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.unread', { count: unread })}</p>
      <Button variant="secondary" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate(items.filter(isUnread).map((n) => n.id))}>
        {t('notifications.markAllRead')}
      </Button>
      <Notice kind="error">{describeFirstError(t, markRead.error)}</Notice>
      {items.length === 0 ? (
        <EmptyState>{t('notifications.none')}</EmptyState>
      ) : (
        <CardList>
          {items.map((n) => (
            <Card key={n.id} className={isUnread(n) ? 'unread' : undefined}>
              <p>{translateNotification(t, n)}</p>
              {notificationLink(n) === undefined ? null : <p><a href={href(notificationLink(n) ?? '/')}>{t('notifications.open')}</a></p>}
              <p className="meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language, timeZone)}</time>
              </p>
            </Card>
          ))}
        </CardList>
      )}
    </section>
  );
}
