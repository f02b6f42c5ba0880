import { Injectable } from '@nestjs/common';
import { auditOrganisationOf } from '../../access/staff-scope.js';
import { OrganisationAccess } from '../../access/organisation-access.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import { Clock } from '../../common/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { isStaffRole, type UserEntity } from '../../users/user.entity.js';
import { readSecondFactor } from './domain/recovery-codes.js';
import { openSecret, sealSecret, twoFactorKey } from './domain/secret-box.js';
import { checkTotp } from './domain/totp.js';
import { TwoFactorRepository, type TwoFactorCredential } from './two-factor.repository.js';

/**
 * Checks what a person typed as their second factor against their turned-on enrolment: an
 * authenticator code (within one step of now, later than the last one accepted) or one of their
 * unused recovery codes (used up, and audited, by this check).
 */
@Injectable()
export class SecondFactor {
  private readonly key: Buffer;

  constructor(
    private readonly repository: TwoFactorRepository,
    private readonly audit: AuditRepository,
    private readonly access: OrganisationAccess,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.key = twoFactorKey(config.jwtSecret);
  }

  /** The secret in a sealed box of this person's; undefined when it does not open (another key: JWT_SECRET changed). */
  openSecretOf(person: UserEntity, credential: TwoFactorCredential): string | undefined {
    return openSecret(this.key, credential.sealedSecret, person.id);
  }

  seal(person: UserEntity, secret: string): string {
    return sealSecret(this.key, secret, person.id);
  }

  async verify(person: UserEntity, credential: TwoFactorCredential, typed: string): Promise<boolean> {
    const input = readSecondFactor(typed);
    switch (input.kind) {
      case 'malformed':
        return false;
      case 'totp': {
        const secret = this.openSecretOf(person, credential);
        if (secret === undefined) return false;
        const check = checkTotp({ secret, token: input.token, now: this.clock.now(), lastTimeStep: credential.lastTimeStep });
        return check.accepted && (await this.repository.acceptTimeStep(person.id, check.timeStep));
      }
      case 'recovery-code':
        return this.uow.transaction(async () => {
          if (!(await this.repository.consumeRecoveryCode(person.id, input.hash))) return false;
          const left = await this.repository.countRecoveryCodes(person.id);
          await this.audit.append({
            actorId: person.id,
            action: 'two-factor.recovery-code.use',
            targetType: 'user',
            targetId: person.id,
            note: `${left} recovery codes left`,
            organisationId: await this.auditOrganisation(person, person),
          });
          return true;
        });
    }
  }

  /**
   * The organisation an entry about a person's second factor is filed in: a coordinator's (or an
   * admin's) own, which their organisation's staff see; for a participant, as for any entry about them.
   */
  async auditOrganisation(actor: UserEntity, person: UserEntity): Promise<string | null> {
    if (isStaffRole(person.role) && person.organisationId !== null) return auditOrganisationOf(actor, [person.organisationId]);
    return this.access.auditOrganisation(actor, { type: 'user', id: person.id });
  }
}
