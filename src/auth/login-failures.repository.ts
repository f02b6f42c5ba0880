import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get failures(): Repository<LoginFailureEntity> {
    return this.uow.manager.getRepository(LoginFailureEntity);
  }

  async countRecentFailures(emailKey: string, address: string, since: Date): Promise<{ forEmail: number; forAddress: number }> {
    const row = await this.failures
      .createQueryBuilder('f')
      .select(`count(*) FILTER (WHERE f.email_key = :emailKey)`, 'forEmail')
      .addSelect(`count(*) FILTER (WHERE f.address = :address)`, 'forAddress')
      .where('f.created_at > :since AND (f.email_key = :emailKey OR f.address = :address)', { emailKey, address, since })
      .getRawOne<{ forEmail: string; forAddress: string }>();
    return { forEmail: Number(row?.forEmail ?? 0), forAddress: Number(row?.forAddress ?? 0) };
  }

  async recordFailure(emailKey: string, address: string): Promise<void> {
    await this.failures.insert({ emailKey, address });
  }

  /** Erasure: the failed logins naming the person's email. */
  async forgetEmail(emailKey: string): Promise<void> {
    await this.failures.delete({ emailKey });
  }

  /** Answers how many records were deleted. */
  async forgetFailuresOlderThan(cutoff: Date): Promise<number> {
    const result = await this.failures.createQueryBuilder().delete().where('created_at < :cutoff', { cutoff }).execute();
    return result.affected ?? 0;
  }
}
