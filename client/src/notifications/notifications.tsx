import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { NotificationEvent } from '@shared/realtime-events';
import type { AppNotification } from '../api/client';
import { realtimeSocket } from '../realtime';
import { useSession } from '../session/session';

interface NotificationsValue {
  items: AppNotification[];
  unread: number;
  /** The newest notification pushed live, for pages that refresh on it. */
  latest: AppNotification | undefined;
  markAllRead(): Promise<void>;
}

const NotificationsContext = createContext<NotificationsValue>({ items: [], unread: 0, latest: undefined, markAllRead: async () => {} });

/** Keeps the notification list: loaded over HTTP, then pushed live on the `/chat` socket. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { token, user } = useSession();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [latest, setLatest] = useState<AppNotification>();
  const active = token !== null && user !== null && user !== undefined && user.status === 'active';

  useEffect(() => {
    if (!active || token === null) return setItems([]);
    let cancelled = false;
    call(api.GET('/api/notifications', { params: { query: { limit: 50 } } }))
      .then((page) => !cancelled && setItems(page.items))
      .catch(() => undefined); // Not served yet, or offline: the live feed still works.
    const socket = realtimeSocket(token);
    const onNotification = (pushed: NotificationEvent): void => {
      const notification: AppNotification = { ...pushed, readAt: null };
      setItems((current) => (current.some((n) => n.id === notification.id) ? current : [notification, ...current]));
      setLatest(notification);
    };
    socket.on('notification', onNotification);
    return () => {
      cancelled = true;
      socket.off('notification', onNotification);
    };
  }, [active, token]);

  const markAllRead = useCallback(async () => {
    const ids = items.filter((n) => n.readAt === null || n.readAt === undefined).map((n) => n.id);
    if (ids.length === 0) return;
    await call(api.POST('/api/notifications/read', { body: { ids } }));
    const now = new Date().toISOString();
    setItems((current) => current.map((n) => (ids.includes(n.id) ? { ...n, readAt: now } : n)));
  }, [items]);

  const value = useMemo(
    () => ({ items, latest, unread: items.filter((n) => n.readAt === null || n.readAt === undefined).length, markAllRead }),
    [items, latest, markAllRead],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  return useContext(NotificationsContext);
}

/** Re-runs `reload` whenever a notification whose type starts with one of the prefixes arrives. */
export function useRefreshOn(prefixes: readonly string[], reload: () => void): void {
  const { latest } = useNotifications();
  const key = prefixes.join(',');
  useEffect(() => {
    if (latest !== undefined && key.split(',').some((prefix) => latest.type.startsWith(prefix))) reload();
    // Only a new notification triggers a reload, not a new `reload` function identity.
  }, [latest, key]);
}
