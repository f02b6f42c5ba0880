import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppNotification } from '../api/client';
import { useLiveUpdates } from '../data/live-updates';
import { isUnread, useNotifications } from '../data/notifications';
import { useRealtimeSocket } from '../realtime';
import { useSession } from '../session/session';

interface LiveValue {
  /** Whether this account gets notifications (signed in and not suspended). */
  active: boolean;
  /** The newest notification pushed live, announced to screen readers. */
  latest: AppNotification | undefined;
}

const LiveContext = createContext<LiveValue>({ active: false, latest: undefined });

/** Listens on the `/chat` socket while someone active is signed in; pushes update the data layer's cache. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { sessionKey, user } = useSession();
  const active = sessionKey !== null && user !== null && user !== undefined && user.status === 'active';
  const socket = useRealtimeSocket(active ? sessionKey : null);
  const latest = useLiveUpdates(socket);
  const value = useMemo(() => ({ active, latest }), [active, latest]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLatestNotification(): AppNotification | undefined {
  return useContext(LiveContext).latest;
}

/** The notification list and how many are unread; empty for accounts that get none. */
export function useNotificationFeed(): { items: AppNotification[]; unread: number } {
  const { active } = useContext(LiveContext);
  const { data } = useNotifications({ enabled: active });
  return useMemo(() => {
    const items = active ? (data ?? []) : [];
    return { items, unread: items.filter(isUnread).length };
  }, [active, data]);
}
