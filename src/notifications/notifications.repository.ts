import { Injectable } from '@nestjs/common';
import { Brackets, In, IsNull, Repository } from 'typeorm';
import type { KeysetPosition } from '../common/pagination.js';
import type { NotificationData } from './domain/notification-rules.js';
import { NotificationEntity } from './notification.entity.js';
import type { NotificationType } from './notification-types.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewNotification {
  userId: string;
  type: NotificationType;
  data: NotificationData;
  /** From the Clock, in whole milliseconds, so cursors built from it compare exactly. */
  createdAt: Date;
}

export interface NotificationPageQuery {
  limit: number;
  after: KeysetPosition | undefined;
  unreadOnly: boolean;
}

/** A row as INSERT … RETURNING gives it. */
interface StoredRow {
  id: string;
  user_id: string;
  type: NotificationType;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  event_id: string | null;
}

/** The only place notifications are queried or written. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get notifications(): Repository<NotificationEntity> {
    return this.uow.manager.getRepository(NotificationEntity);
  }

  /**
   * Inserts the rows and answers those inserted. With an event id, a person already notified of
   * that event is skipped (the unique index on event and person), so a repeated delivery adds nothing.
   */
  async createMany(rows: NewNotification[], eventId: string | null): Promise<NotificationEntity[]> {
    if (rows.length === 0) return [];
    const result = await this.notifications
      .createQueryBuilder()
      .insert()
      .values(rows.map((row) => ({ ...row, readAt: null, eventId })))
      .orIgnore()
      .returning(['id', 'userId', 'type', 'data', 'createdAt', 'readAt', 'eventId'])
      .execute();
    return (result.raw as StoredRow[]).map((row) =>
      this.notifications.create({ id: row.id, userId: row.user_id, type: row.type, data: row.data, createdAt: row.created_at, readAt: row.read_at, eventId: row.event_id }),
    );
  }

  /** Newest first; one row more than `limit`, so the caller can tell whether another page exists. */
  findPageFor(userId: string, query: NotificationPageQuery): Promise<NotificationEntity[]> {
    const builder = this.notifications.createQueryBuilder('n').where('n.user_id = :userId', { userId });
    if (query.unreadOnly) builder.andWhere('n.read_at IS NULL');
    if (query.after !== undefined) {
      const { at, id } = query.after;
      builder.andWhere(new Brackets((q) => q.where('n.created_at < :at', { at }).orWhere('n.created_at = :at AND n.id < :id', { id })));
    }
    return builder.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(query.limit + 1).getMany();
  }

  /** Only the owner's notifications are touched; ids of anyone else's simply match nothing. */
  async markRead(userId: string, ids: string[], readAt: Date): Promise<void> {
    await this.notifications.update({ userId, id: In(ids), readAt: IsNull() }, { readAt });
  }

  findAllOf(userId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Retention: deletes up to `limit` notifications made before `cutoff`, oldest first. */
  async deleteMadeBefore(cutoff: Date, limit: number): Promise<number> {
    const rows = await this.uow.query<Array<{ deleted: number }>>(
      `WITH due AS (SELECT id FROM notifications WHERE created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED),
       deleted AS (DELETE FROM notifications WHERE id IN (SELECT id FROM due) RETURNING 1)
       SELECT count(*)::int AS deleted FROM deleted`,
      [cutoff, limit],
    );
    return rows[0]?.deleted ?? 0;
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.uow.manager.getRepository(NotificationEntity).delete({ userId });
  }
}
