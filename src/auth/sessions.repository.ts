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
