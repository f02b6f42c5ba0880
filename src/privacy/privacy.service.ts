import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { verifyPassword } from '../auth/passwords.js';
import { Clock } from '../common/clock.js';
import { Outbox } from '../outbox/outbox.js';
import type { UserEntity } from '../users/user.entity.js';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { privacyErrors } from './privacy-errors.js';
import { UnitOfWork } from '../database/unit-of-work.js';

@Injectable()
export class PrivacyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly organisations: OrganisationAccess,
  ) {}

  async exportData(user: UserEntity): Promise<Record<string, unknown>> {
    return { exportedAt: this.clock.now().toISOString(), ...(await this.registry.exportAll(user.id)) };
  }

  /** Erases a person in one transaction; the audit entry names only the (now anonymous) account id. */
  async erase(user: UserEntity, password: string): Promise<void> {
    if (user.passwordHash === null || !(await verifyPassword(user.passwordHash, password))) {
      throw privacyErrors.refusal('privacy.wrong-password', 'The password is incorrect; the account was not deleted');
    }
    const now = this.clock.now();
    await this.uow.transaction(async () => {
      // Decided before erasure: the person's memberships say whose staff see the entry.
      const organisationId = await this.organisations.auditOrganisation(user, { type: 'user', id: user.id });
      await this.registry.eraseAll(user.id, now);
      await this.audit.append({ actorId: user.id, action: 'account.erase', targetType: 'user', targetId: user.id, organisationId });
      await this.outbox.record('user.erased', { userId: user.id });
    });
  }
}
