import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { CalendarTokenEntity } from './calendar-token.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** The only place calendar-feed tokens are queried or written. */
@Injectable()
export class CalendarTokensRepository {
  constructor(
    @InjectRepository(CalendarTokenEntity) private readonly tokens: Repository<CalendarTokenEntity>,
    private readonly uow: UnitOfWork,
  ) {}

  /** Revokes the person's live token and stores the new one in one transaction (one live token per person). */
  replaceToken(userId: string, tokenHash: string, now: Date): Promise<CalendarTokenEntity> {
    return this.uow.transaction(async () => {
      await this.revokeWith(userId, now);
      const repository = this.uow.manager.getRepository(CalendarTokenEntity);
      return repository.save(repository.create({ userId, tokenHash, revokedAt: null }));
    });
  }

  async revokeTokensOf(userId: string, now: Date): Promise<void> {
    await this.revokeWith(userId, now);
  }

  findLiveByHash(tokenHash: string): Promise<CalendarTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** When the person created feed links, for their data export (never the hashes). */
  async historyOf(userId: string): Promise<{ createdAt: Date; revokedAt: Date | null }[]> {
    const rows = await this.tokens.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ createdAt: row.createdAt, revokedAt: row.revokedAt }));
  }

  private async revokeWith(userId: string, now: Date): Promise<void> {
    await this.uow.manager.getRepository(CalendarTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
