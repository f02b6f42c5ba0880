import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { Clock } from '../common/clock.js';
import { isDomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { AuditModule } from '../audit/audit.module.js';

export async function createStaff(config: AppConfig, input: { email: string; password: string; name: string }): Promise<void> {
  // The global modules AuthModule's providers rely on in the app, and nothing that starts jobs.
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule, PrivacyModule, AuthModule] })
  class CreateStaffModule {}

  const context = await NestFactory.createApplicationContext(CreateStaffModule, { logger: ['error'] });
  try {
    const clock = context.get(Clock);
    const user = await context
      .get(AuthService)
      .createAccount({ email: input.email, password: input.password, displayName: input.name, role: 'staff', termsAcceptedAt: clock.now() });
    console.log(JSON.stringify({ created: 'staff', id: user.id, email: user.email }));
  } catch (error) {
    if (isDomainError(error)) throw new Error(error.message, { cause: error });
    throw error;
  } finally {
    await context.close();
  }
}
