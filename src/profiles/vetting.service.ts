import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { Outbox } from '../outbox/outbox.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity, Verification } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { profileErrors } from './profile-errors.js';
import { ProfileViews } from './profile-views.js';
import { ProfilesRepository } from './profiles.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Staff decide whether a volunteer may be put in touch with anyone; each decision is audited. */
@Injectable()
export class VettingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly views: ProfileViews,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async listVolunteers(verification: Verification | undefined): Promise<UserView[]> {
    const hosts = await this.users.findVolunteers(verification);
    const profiles = new Map((await this.profiles.findByUserIds(hosts.map((h) => h.id))).map((p) => [p.userId, p]));
    return hosts.map((host) => this.views.userViewWith(host, profiles.get(host.id) ?? null));
  }

  async decide(staff: UserEntity, volunteerId: string, decision: 'verified' | 'rejected', note: string | undefined): Promise<UserView> {
    const updated = await this.uow.transaction(async () => {
      const volunteer = await this.users.findById(volunteerId);
      if (volunteer === null || volunteer.role !== 'host' || volunteer.erasedAt !== null) throw profileErrors.notFound('volunteer');
      Object.assign(volunteer, { verification: decision, verificationNote: note ?? null, verifiedBy: staff.id, verifiedAt: this.clock.now() });
      const saved = await this.users.save(volunteer);
      await this.audit.append({ actorId: staff.id, action: `volunteer.${decision === 'verified' ? 'verify' : 'reject'}`, targetType: 'user', targetId: volunteer.id, note });
      if (decision === 'verified') await this.outbox.record('volunteer.verified', { userId: saved.id, verifiedBy: staff.id });
      return saved;
    });
    return this.views.userView(updated);
  }
}
