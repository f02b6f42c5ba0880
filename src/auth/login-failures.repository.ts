import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity.js';

@Injectable()
export class LoginFailuresRepository {
  constructor(@InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>) {}

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

  /** Answers how many records were deleted. */
  async forgetFailuresOlderThan(cutoff: Date): Promise<number> {
    const result = await this.failures.createQueryBuilder().delete().where('created_at < :cutoff', { cutoff }).execute();
    return result.affected ?? 0;
  }
}
