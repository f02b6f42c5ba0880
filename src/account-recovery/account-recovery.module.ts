import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountPasswordRepository } from './account-password.repository.js';
import { AccountRecoveryController } from './account-recovery.controller.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { PasswordResetRequestsRepository } from './password-reset-requests.repository.js';

/** Email verification, password reset and password change. */
@Module({
  imports: [EmailModule, UsersModule],
  controllers: [AccountRecoveryController],
  providers: [AccountRecoveryService, AccountPasswordRepository, PasswordResetRequestsRepository],
})
export class AccountRecoveryModule {}
