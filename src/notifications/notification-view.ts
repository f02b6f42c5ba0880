import type { NotificationEvent } from '../realtime/realtime-events.js';
import type { NotificationView } from './dto/notification.dto.js';
import type { NotificationEntity } from './notification.entity.js';

export function toNotificationView(notification: NotificationEntity): NotificationView {
  return {
    id: notification.id,
    type: notification.type,
    data: notification.data,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}

/** The socket payload of the contract: `{id, type, data, createdAt}`. */
export function toNotificationEvent(notification: NotificationEntity): NotificationEvent {
  const { readAt: _readAt, ...event } = toNotificationView(notification);
  return event;
}
