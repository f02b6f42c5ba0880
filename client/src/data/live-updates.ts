import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AppNotification } from '../api/client';
import type { NotificationEvent } from '@shared/realtime-events';
import { keys } from './keys';
import { withNotification, type NotificationPage } from './notifications';

type Pushed = NotificationEvent;

/** The part of the `/chat` socket live updates listen to (a Socket.IO socket, or a fake in tests). */
export interface LiveSource {
  readonly connected: boolean;
  on(event: 'notification', listener: (notification: Pushed) => void): unknown;
  on(event: 'connect', listener: () => void): unknown;
  off(event: 'notification', listener: (notification: Pushed) => void): unknown;
  off(event: 'connect', listener: () => void): unknown;
}

/** What a notification says has changed, as the query keys to refresh. */
export function staleAfter(type: AppNotification['type']): QueryKey[] {
  switch (type) {
    case 'match.proposed':
    case 'match.accepted':
    case 'match.active':
    case 'match.declined':
      return [keys.matches.all(), keys.suggestions.all()];
    case 'match.ended':
      return [keys.matches.all(), keys.suggestions.all(), keys.meetups.all()];
    case 'meetup.proposed':
    case 'meetup.confirmed':
    case 'meetup.cancelled':
    case 'meetup.reminder':
      return [keys.meetups.all()];
    case 'account.verified':
      return [keys.me(), keys.suggestions.all()];
    case 'match.ending':
      return [keys.matches.all()];
    case 'account.warned':
    case 'checkin.due':
      return [];
  }
}

/** Everything a push could have changed while the socket was away. */
const AFTER_RECONNECT: QueryKey[] = [keys.notifications.all(), keys.matches.all(), keys.meetups.all(), keys.suggestions.all()];

/**
 * Keeps the cache in step with what the server pushes: a notification joins the cached list and
 * refreshes what it is about; a reconnect refreshes what pushes may have missed. Returns the newest
 * pushed notification, for announcing it. Chat messages keep their own store (chat/chat-session.ts).
 */
export function useLiveUpdates(source: LiveSource | undefined): AppNotification | undefined {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<AppNotification>();

  useEffect(() => {
    if (source === undefined) return;
    // A socket that is already up (a conversation opened it) has nothing to catch up on yet.
    let connectedBefore = source.connected;
    const refresh = (stale: readonly QueryKey[]): void => {
      for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
    };
    const onNotification = (pushed: Pushed): void => {
      // Already listed: the list was read after it was pushed.
      if (queryClient.getQueryData<NotificationPage>(keys.notifications.list())?.items.some((n) => n.id === pushed.id) === true) return;
      // A pushed notification is new, so unread.
      const notification: AppNotification = { ...pushed, readAt: null };
      queryClient.setQueryData<NotificationPage>(keys.notifications.list(), (page) => withNotification(page, notification));
      refresh(staleAfter(notification.type));
      setLatest(notification);
    };
    const onConnect = (): void => {
      if (connectedBefore) refresh(AFTER_RECONNECT);
      connectedBefore = true;
    };
    source.on('notification', onNotification);
    source.on('connect', onConnect);
    return () => {
      source.off('notification', onNotification);
      source.off('connect', onConnect);
    };
  }, [source, queryClient]);

  return latest;
}
