import { Injectable } from '@nestjs/common';
import { IsNull, Repository } from 'typeorm';
import { SessionEntity } from './session.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

@Injectable()
export class SessionsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get sessions(): Repository<SessionEntity> {
    return this.uow.manager.getRepository(SessionEntity);
  }

  createSession(input: { userId: string; expiresAt: Date; userAgent: string | null; address: string | null }): Promise<SessionEntity> {
    return this.sessions.save(this.sessions.create({ ...input, revokedAt: null }));
  }

  findUsableSession(sessionId: string, userId: string, now: Date): Promise<SessionEntity | null> {
    return this.sessions
      .createQueryBuilder('s')
      .where('s.id = :sessionId AND s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now', { sessionId, userId, now })
      .getOne();
  }

  findSessionById(sessionId: string): Promise<SessionEntity | null> {
    return this.sessions.findOneBy({ id: sessionId });
  }

  /** A person's sessions that still work, newest first (their signed-in devices). */
  findLiveSessionsOf(userId: string, now: Date): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now', { userId, now })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
  }

  /** Revokes one live session of this person; false when it is not theirs, unknown or already ended. */
  async revokeLiveSessionOf(sessionId: string, userId: string, now: Date): Promise<boolean> {
    const result = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: now })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL AND expires_at > :now', { sessionId, userId, now })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every live session of the person but `keep`; answers the ids revoked. */
  async revokeLiveSessionsOfExcept(userId: string, keep: string, now: Date): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      // As a CTE, so the driver answers the rows (a bare UPDATE … RETURNING answers [rows, count]).
      `WITH revoked AS (UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > $3 RETURNING id) SELECT id FROM revoked`,
      [userId, keep, now],
    );
    return rows.map((row) => row.id);
  }

  async revokeSession(sessionId: string, now: Date): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** A person's sessions, oldest first (their data export). */
  findAllOf(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /** Deletes sessions that can no longer be used (expired or revoked by `now`); answers how many. */
  async deleteEndedSessions(now: Date): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now OR revoked_at <= :now', { now })
      .execute();
    return result.affected ?? 0;
  }

  /** Ends every session of a person (suspension, erasure); pass the transaction's manager when inside one. */
  async revokeAllSessionsOf(userId: string, now: Date): Promise<void> {
    const repository = this.sessions;
    await repository.update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
