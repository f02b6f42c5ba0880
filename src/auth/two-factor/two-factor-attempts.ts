import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { authErrors } from '../auth-errors.js';
import { LoginFailuresRepository } from '../login-failures.repository.js';

/**
 * Wrong codes and passwords on the signed-in two-factor routes count as failed logins of the
 * person's email and the caller's address, under the login limits: a stolen session cannot try
 * codes faster than a stranger at the login form.
 */
@Injectable()
export class TwoFactorAttempts {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async refuseWhenTooMany(email: string | null, address: string): Promise<void> {
    const { perEmail, perAddress, windowMinutes } = this.config.loginLimits;
    const since = new Date(this.clock.now().getTime() - windowMinutes * 60_000);
    const recent = await this.failures.countRecentFailures(emailKeyOf(email), address, since);
    if (recent.forEmail >= perEmail || recent.forAddress >= perAddress) {
      throw authErrors.refusal('auth.too-many-attempts', `Too many failed attempts; try again in ${windowMinutes} minutes`, { retryAfterSeconds: windowMinutes * 60 });
    }
  }

  async recordFailure(email: string | null, address: string): Promise<void> {
    await this.failures.recordFailure(emailKeyOf(email), address);
  }
}

export function emailKeyOf(email: string | null): string {
  return (email ?? '').trim().toLowerCase();
}
