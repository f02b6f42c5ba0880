import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { decodeCursor, Page, toPage } from '../common/pagination.js';
import type { NotificationsQueryDto, NotificationView } from './dto/notification.dto.js';
import { toNotificationView } from './notification-view.js';
import { NotificationsRepository } from './notifications.repository.js';

const DEFAULT_LIMIT = 20;

/** What a person reads back over REST; creating notifications is the Notifier's job. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async listFor(userId: string, query: NotificationsQueryDto): Promise<Page<NotificationView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.notifications.findPageFor(userId, { limit, after: decodeCursor(query.cursor), unreadOnly: query.unread === true });
    return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }), toNotificationView);
  }

  markRead(userId: string, ids: string[]): Promise<void> {
    return this.notifications.markRead(userId, ids, this.clock.now());
  }
}
