import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type AppNotification } from '../api/client';
import { call } from '../api/errors';
import type { components } from '../api/schema';
import { keys } from './keys';

const NOTIFICATION_LIMIT = 50;

export type NotificationPage = components['schemas']['NotificationPageView'];

export function isUnread(notification: Pick<AppNotification, 'readAt'>): boolean {
  return notification.readAt === null;
}

/** The newest notifications; pushed ones are added to the same cache entry (see live-updates.ts). */
export function useNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.notifications.list(),
    queryFn: ({ signal }) => call(api.GET('/api/notifications', { params: { query: { limit: NOTIFICATION_LIMIT } }, signal })),
    select: (page) => page.items,
    enabled,
  });
}

/** A pushed notification, added once to the cached list. */
export function withNotification(page: NotificationPage | undefined, notification: AppNotification): NotificationPage | undefined {
  if (page === undefined || page.items.some((n) => n.id === notification.id)) return page;
  return { ...page, items: [notification, ...page.items] };
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => call(api.POST('/api/notifications/read', { body: { ids } })),
    onSuccess: (_, ids) => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationPage>(keys.notifications.list(), (page) =>
        page === undefined ? page : { ...page, items: page.items.map((n) => (ids.includes(n.id) ? { ...n, readAt } : n)) },
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.notifications.all() }),
  });
}
