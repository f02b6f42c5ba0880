import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { Outbox } from '../outbox/outbox.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity, Verification } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { profileErrors } from './profile-errors.js';
import { vettingOrganisationOf } from './vetting-organisation.js';
import { ProfileViews } from './profile-views.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Staff decide whether a volunteer may be put in touch with anyone; each decision is audited. */
@Injectable()
export class VettingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly vettings: VettingsRepository,
    private readonly views: ProfileViews,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly access: OrganisationAccess,
  ) {}

  /** The caller's organisation's volunteers; an admin sees the named organisation's, or everyone's. */
  async listVolunteers(staff: UserEntity, verification: Verification | undefined, requested: string | undefined): Promise<UserView[]> {
    const organisationId = this.access.scope(staff).kind === 'platform' && requested === undefined ? null : vettingOrganisationOf(staff, requested);
    const hosts = await this.users.findVolunteers(organisationId, verification);
    return this.views.userViews(hosts, staff);
  }

  /** Decides for the caller's organisation (admins: the named one, else their own); a volunteer of another organisation does not exist for them. */
  async decide(staff: UserEntity, volunteerId: string, decision: 'verified' | 'rejected', note: string | undefined, requested: string | undefined): Promise<UserView> {
    const organisationId = vettingOrganisationOf(staff, requested);
    const updated = await this.uow.transaction(async () => {
      const volunteer = await this.users.findById(volunteerId);
      if (volunteer === null || volunteer.role !== 'host' || volunteer.erasedAt !== null) throw profileErrors.notFound('volunteer');
      // Known to the organisation: a member of one of its programmes, or vetted by it before.
      await this.access.person({ role: 'staff', organisationId }, volunteer.id, () => profileErrors.notFound('volunteer'));
      await this.vettings.decide({ organisationId, userId: volunteer.id, verification: decision, note: note ?? null, decidedBy: staff.id, decidedAt: this.clock.now() });
      // The decision is the organisation's own, whatever else the volunteer belongs to.
      await this.audit.append({ actorId: staff.id, action: `volunteer.${decision === 'verified' ? 'verify' : 'reject'}`, targetType: 'user', targetId: volunteer.id, note, organisationId });
      if (decision === 'verified') await this.outbox.record('volunteer.verified', { userId: volunteer.id, verifiedBy: staff.id });
      return volunteer;
    });
    return this.views.userView(updated, staff);
  }
}
