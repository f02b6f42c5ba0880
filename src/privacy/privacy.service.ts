import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { verifyPassword } from '../auth/passwords.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { DomainEvents } from '../common/domain-events.js';
import type { UserEntity } from '../users/user.entity.js';
import { PersonalDataRegistry } from './personal-data.registry.js';

@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  async exportData(user: UserEntity): Promise<Record<string, unknown>> {
    return { exportedAt: this.clock.now().toISOString(), ...(await this.registry.exportAll(user.id)) };
  }

  /** Erases a person in one transaction; the audit entry names only the (now anonymous) account id. */
  async erase(user: UserEntity, password: string): Promise<void> {
    if (user.passwordHash === null || !(await verifyPassword(user.passwordHash, password))) {
      throw DomainError.forbidden('privacy.wrong-password', 'The password is incorrect; the account was not deleted');
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await this.registry.eraseAll(user.id, manager, now);
      await this.audit.append({ actorId: user.id, action: 'account.erase', targetType: 'user', targetId: user.id }, manager);
    });
    this.events.emit('user.erased', { userId: user.id });
  }
}
