import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { UsersRepository } from '../users/users.repository.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionsRepository } from './sessions.repository.js';

/** The account and its sessions: exported as stored (minus the password hash), erased last. */
@Injectable()
export class AccountPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly failures: LoginFailuresRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'account', eraseOrder: 1000, export: (id) => this.exportAccount(id), erase: (id, now) => this.eraseAccount(id, now) });
  }

  private async exportAccount(userId: string): Promise<unknown> {
    const user = await this.users.findById(userId);
    if (user === null) throw new Error(`account ${userId} vanished during its export`);
    const sessions = await this.sessions.findAllOf(userId);
    const { passwordHash: _hash, ...account } = user;
    return { ...account, sessions: sessions.map(({ userId: _userId, ...session }) => session) };
  }

  private async eraseAccount(userId: string, now: Date): Promise<void> {
    const user = await this.users.findById(userId);
    if (user === null) throw new Error(`account ${userId} vanished during its erasure`);
    if (user.email !== null) await this.failures.forgetEmail(user.email.toLowerCase());
    await this.sessions.deleteAllOf(userId);
    await this.users.anonymise(userId, now);
  }
}
