import { Injectable } from '@nestjs/common';
import type { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { isStaffRole, type UserEntity, type UserRole } from '../users/user.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DEFAULT_ORGANISATION_ID, DEFAULT_PROGRAMME_ID } from '../organisations/domain/programme.js';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
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
  organisationId?: string | null;
}

/**
 * The account rules (password strength, one account per email) for every way an account is made:
 * sign-up, the staff bootstrap and the `create-staff` command, which needs nothing else of the app.
 */
@Injectable()
export class AccountCreation {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly vettings: VettingsRepository,
  ) {}

  /**
   * Creates any account (staff too); the caller decides who may. A participant starts as a member
   * of the default programme, as every client that never names a programme expects.
   */
  async create(input: NewAccount): Promise<UserEntity> {
    const problem = await passwordProblem(input.password, input.email, input.displayName);
    if (problem !== undefined) throw authErrors.refusal('auth.weak-password', problem);
    if ((await this.users.findByEmail(input.email)) !== null) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.uow.transaction(async () => {
        const { password: _password, ...account } = input;
        // A coordinator created without naming an organisation coordinates the default one.
        const organisationId = input.organisationId ?? (input.role === 'staff' ? DEFAULT_ORGANISATION_ID : null);
        // Staff accounts are made by someone who knows the address; they never get a verification link.
        const emailVerifiedAt = isStaffRole(input.role) ? input.termsAcceptedAt : null;
        const user = await this.users.createUser({ ...account, organisationId, passwordHash, locale: input.locale ?? 'en', emailVerifiedAt });
        if (user.role === 'migrant' || user.role === 'host') {
          await this.memberships.join({ programmeId: DEFAULT_PROGRAMME_ID, userId: user.id, role: user.role, shareHistory: false, joinedAt: user.createdAt });
          if (user.role === 'host') await this.vettings.ensurePending(DEFAULT_ORGANISATION_ID, user.id);
        }
        return user;
      });
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
