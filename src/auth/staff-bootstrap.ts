import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { isDomainError } from '../common/domain-error.js';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { DEFAULT_ORGANISATION_ID } from '../organisations/domain/programme.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';

/**
 * STAFF_EMAIL / STAFF_PASSWORD create the first account on a fresh installation: a platform admin
 * who also coordinates the default organisation. Afterwards they create nothing, but an existing
 * STAFF_EMAIL coordinator (from before organisations existed) becomes the admin. A password the account rules refuse stops the start, as any unusable setting does:
 * an installation without staff cannot vet anyone.
 */
@Injectable()
export class StaffBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(StaffBootstrap.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const staff = this.config.staffBootstrap;
    if (staff === undefined) return;
    if (await this.users.anyStaffExists()) {
      await this.users.promoteToAdmin(staff.email);
      return;
    }
    try {
      await this.auth.createAccount({
        email: staff.email,
        password: staff.password,
        displayName: staff.name,
        role: 'admin',
        organisationId: DEFAULT_ORGANISATION_ID,
        termsAcceptedAt: this.clock.now(),
      });
      this.logger.log('Created the first staff account (STAFF_EMAIL)');
    } catch (error) {
      if (isDomainError(error) && error.code === 'auth.weak-password') {
        throw new ConfigError(`Invalid configuration:\n  - STAFF_PASSWORD cannot be used for ${staff.email}: ${error.message}`);
      }
      // Another process starting at the same moment may have created it; the app still starts.
      this.logger.warn({ err: error }, 'Staff bootstrap skipped');
    }
  }
}
