import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginFailureEntity } from './login-failure.entity.js';
import { SessionEntity } from './session.entity.js';

/** The account and its sessions: exported as stored (minus the password hash), erased last. */
@Injectable()
export class AccountPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'account', eraseOrder: 1000, export: (id) => this.exportAccount(id), erase: (id, manager, now) => this.eraseAccount(id, manager, now) });
  }

  private async exportAccount(userId: string): Promise<unknown> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    const sessions = await this.dataSource.getRepository(SessionEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
    const { passwordHash: _hash, ...account } = user;
    return { ...account, sessions: sessions.map(({ userId: _userId, ...session }) => session) };
  }

  private async eraseAccount(userId: string, manager: EntityManager, now: Date): Promise<void> {
    const users = manager.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: userId });
    if (user.email !== null) await manager.getRepository(LoginFailureEntity).delete({ emailKey: user.email.toLowerCase() });
    await manager.getRepository(SessionEntity).delete({ userId });
    await users.update(
      { id: userId },
      { email: null, passwordHash: null, displayName: 'Deleted account', locale: 'en', verificationNote: null, suspensionReason: null, erasedAt: now },
    );
  }
}
