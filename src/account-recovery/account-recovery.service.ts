import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/passwords.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { hashToken } from '../email/email-content.js';
import { EmailQueue } from '../email/email-queue.js';
import { EmailTokensRepository } from '../email/email-tokens.repository.js';
import { Outbox } from '../outbox/outbox.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { accountRecoveryErrors } from './account-recovery-errors.js';
import { AccountPasswordRepository } from './account-password.repository.js';
import { PasswordResetRequestsRepository } from './password-reset-requests.repository.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * Proving an address (verification links), getting back in (password reset) and changing the
 * password. Links are queued through the email queue; their tokens are single use and stored hashed.
 */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly accounts: AccountPasswordRepository,
    private readonly tokens: EmailTokensRepository,
    private readonly requests: PasswordResetRequestsRepository,
    private readonly emails: EmailQueue,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async verifyEmail(token: string): Promise<void> {
    await this.uow.transaction(async () => {
      const userId = await this.tokens.consume('verify-email', hashToken(token), this.clock.now());
      if (userId === null) throw invalidToken();
      await this.accounts.markEmailVerified(userId, this.clock.now());
    });
  }

  /** A new link, unless the address is verified already; repeated clicks within a minute send one. */
  async resendVerification(user: UserEntity): Promise<void> {
    if (user.emailVerifiedAt !== null) return;
    const minute = Math.floor(this.clock.now().getTime() / MINUTE_MS);
    await this.emails.enqueue({ userId: user.id, type: 'account.verify-email', idempotencyKey: `account.verify-email:resend:${user.id}:${minute}`, data: {} });
  }

  /** The same answer whatever the email; a link only to an account that exists. */
  async requestPasswordReset(email: string, address: string): Promise<void> {
    const emailKey = email.trim().toLowerCase();
    const now = this.clock.now();
    const { perEmail, perAddress } = this.config.passwordResetLimits;
    const recent = await this.requests.countSince(emailKey, address, new Date(now.getTime() - HOUR_MS));
    if (recent.forEmail >= perEmail || recent.forAddress >= perAddress) {
      throw accountRecoveryErrors.refusal('account.too-many-reset-requests', 'Too many password reset requests; try again in an hour', { retryAfterSeconds: HOUR_MS / 1000 });
    }
    await this.requests.record(emailKey, address, now);
    await this.requests.deleteBefore(new Date(now.getTime() - 24 * HOUR_MS));
    const user = await this.users.findByEmail(emailKey);
    if (user === null || user.erasedAt !== null) return;
    await this.emails.enqueue({ userId: user.id, type: 'account.password-reset', idempotencyKey: `account.password-reset:${randomUUID()}`, data: {} });
  }

  /** Sets the new password and ends every session; the link also proves the address. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const now = this.clock.now();
    await this.uow.transaction(async () => {
      const userId = await this.tokens.consume('password-reset', hashToken(token), now);
      const user = userId === null ? null : await this.users.findById(userId);
      if (user === null || user.erasedAt !== null || user.email === null) throw invalidToken();
      // A refusal here rolls the transaction back: the link still works for a better password.
      await refuseWeak(password, user.email, user.displayName);
      await this.accounts.setPassword(user.id, await hashPassword(password));
      await this.tokens.useUpAll(user.id, 'password-reset', now);
      await this.accounts.markEmailVerified(user.id, now);
      await this.endSessions(user.id, null, now);
    });
  }

  /** Changes the password; every session but this one ends. */
  async changePassword(user: UserEntity, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    if (user.passwordHash === null || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw accountRecoveryErrors.refusal('account.wrong-password', 'The current password is not correct');
    }
    await refuseWeak(newPassword, user.email ?? '', user.displayName);
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    await this.uow.transaction(async () => {
      await this.accounts.setPassword(user.id, passwordHash);
      await this.tokens.useUpAll(user.id, 'password-reset', now);
      await this.endSessions(user.id, sessionId, now);
    });
  }

  private async endSessions(userId: string, keep: string | null, now: Date): Promise<void> {
    const revoked = await this.accounts.revokeSessions(userId, keep, now);
    // Their sockets disconnect too, on every process.
    await this.outbox.recordAll('session.ended', revoked.map((sessionId) => ({ sessionId, userId })));
  }
}

function invalidToken() {
  return accountRecoveryErrors.refusal('account.invalid-token', 'This link is not valid (any more): it was used, it expired, or it is not ours');
}

async function refuseWeak(password: string, email: string, displayName: string): Promise<void> {
  const problem = await passwordProblem(password, email, displayName);
  if (problem !== undefined) throw accountRecoveryErrors.refusal('account.weak-password', problem);
}
