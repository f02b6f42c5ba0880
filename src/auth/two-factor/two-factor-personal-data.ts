import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../../privacy/personal-data.registry.js';
import { TwoFactorRepository } from './two-factor.repository.js';

/** Whether the person signs in with a second factor: exported without the secret or codes (credentials, like the password hash); erased with the account. */
@Injectable()
export class TwoFactorPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly repository: TwoFactorRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'twoFactor', eraseOrder: 980, export: (id) => this.exportOf(id), erase: (id) => this.erase(id) });
  }

  private async exportOf(userId: string): Promise<unknown> {
    const credential = await this.repository.findCredential(userId);
    return { enabledAt: credential?.enabledAt ?? null, recoveryCodesLeft: await this.repository.countRecoveryCodes(userId) };
  }

  private async erase(userId: string): Promise<void> {
    await this.repository.deleteAllOf(userId);
  }
}
