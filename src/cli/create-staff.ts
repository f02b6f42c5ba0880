import { AccountCreation } from '../auth/account-creation.js';
import { isDomainError } from '../common/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { UsersRepository } from '../users/users.repository.js';
import { withMigratedDataSource } from './migration-commands.js';

/**
 * Creates a staff account with the same rules as every account. It needs only the accounts'
 * table, so it builds just that part rather than the app (which would start its job workers).
 */
export function createStaff(config: AppConfig, input: { email: string; password: string; name: string }): Promise<void> {
  return withMigratedDataSource(config, async (dataSource) => {
    const accounts = new AccountCreation(new UsersRepository(new UnitOfWork(dataSource)));
    try {
      const user = await accounts.create({ email: input.email, password: input.password, displayName: input.name, role: 'staff', termsAcceptedAt: new Date() });
      console.log(JSON.stringify({ created: 'staff', id: user.id, email: user.email }));
    } catch (error) {
      if (isDomainError(error)) throw new Error(error.message, { cause: error });
      throw error;
    }
  });
}
