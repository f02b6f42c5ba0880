import { Injectable } from '@nestjs/common';
import type { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import type { UserEntity, UserRole } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { authErrors, type AuthErrorCode } from './auth-errors.js';
import { hashPassword, passwordProblem } from './passwords.js';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: UserRole;
  locale?: string;
  termsAcceptedAt: Date;
}

/**
 * The account rules (password strength, one account per email) for every way an account is made:
 * sign-up, the staff bootstrap and the `create-staff` command, which needs nothing else of the app.
 */
@Injectable()
export class AccountCreation {
  constructor(private readonly users: UsersRepository) {}

  /** Creates any account (staff too); the caller decides who may. */
  async create(input: NewAccount): Promise<UserEntity> {
    const problem = passwordProblem(input.password, input.email);
    if (problem !== undefined) throw authErrors.refusal('auth.weak-password', problem);
    if ((await this.users.findByEmail(input.email)) !== null) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.users.createUser({ ...input, passwordHash, locale: input.locale ?? 'en' });
    } catch (error) {
      // Two sign-ups with one address at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }
}

function emailTaken(): DomainError<AuthErrorCode> {
  return authErrors.refusal('auth.email-taken', 'An account with this email already exists');
}
