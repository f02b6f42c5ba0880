import { AccountCreation } from '../auth/account-creation.js';
import { isDomainError } from '../common/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DEFAULT_ORGANISATION_ID } from '../organisations/domain/programme.js';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { withMigratedDataSource } from './migration-commands.js';

export interface StaffInput {
  email: string;
  password: string;
  name: string;
  /** The organisation they coordinate; null: the default one. */
  organisationId: string | null;
  /** A platform admin (who also coordinates the default organisation unless one is named). */
  admin: boolean;
}

/**
 * Creates a staff account with the same rules as every account. It needs only the accounts'
 * tables, so it builds just that part rather than the app (which would start its job workers).
 */
export function createStaff(config: AppConfig, input: StaffInput): Promise<void> {
  return withMigratedDataSource(config, async (dataSource) => {
    const uow = new UnitOfWork(dataSource);
    const accounts = new AccountCreation(uow, new UsersRepository(uow), new MembershipsRepository(uow), new VettingsRepository(uow));
    const organisationId = input.organisationId ?? DEFAULT_ORGANISATION_ID;
    const known: unknown[] = await dataSource.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
    if (known.length === 0) throw new Error(`No organisation has the id ${organisationId}`);
    const role = input.admin ? 'admin' : 'staff';
    try {
      const user = await accounts.create({ email: input.email, password: input.password, displayName: input.name, role, organisationId, termsAcceptedAt: new Date() });
      console.log(JSON.stringify({ created: role, id: user.id, email: user.email, organisationId }));
    } catch (error) {
      if (isDomainError(error)) throw new Error(error.message, { cause: error });
      throw error;
    }
  });
}
