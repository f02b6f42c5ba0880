import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { checkInputProblem, clearanceOf, dayOf, isVettingCheckKind, statusOf, type VettingCheckKind } from '../organisations/domain/vetting-checks.js';
import { VettingChecksRepository, type VettingCheckRecord } from '../organisations/vetting-checks.repository.js';
import { VettingClearance } from '../organisations/vetting-clearance.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import type { RecordVettingCheckDto, VettingCheckView, VolunteerChecksView } from './dto/vetting-checks.dto.js';
import { profileErrors } from './profile-errors.js';
import { vettingOrganisationOf } from './vetting-organisation.js';

const CHECK_INPUT_MESSAGES = {
  'vetting.invalid-date': 'That day does not exist in the calendar',
  'vetting.checked-in-future': 'A check cannot be dated after today',
  'vetting.expiry-not-after-check': 'The expiry day must come after the day of the check',
} as const;

/**
 * Staff record a volunteer's checks for their organisation (identity seen, certificate of conduct,
 * references, safeguarding training). Each change is audited and keeps the volunteer's clearance,
 * which matching reads, up to date in the same transaction.
 */
@Injectable()
export class VettingChecksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly checks: VettingChecksRepository,
    private readonly clearance: VettingClearance,
    private readonly audit: AuditRepository,
    private readonly access: OrganisationAccess,
    private readonly clock: Clock,
  ) {}

  async checksOf(staff: UserEntity, volunteerId: string, requested: string | undefined): Promise<VolunteerChecksView> {
    const organisationId = vettingOrganisationOf(staff, requested);
    await this.knownVolunteer(organisationId, volunteerId);
    return this.view(organisationId, volunteerId);
  }

  async record(staff: UserEntity, volunteerId: string, kindParam: string, input: RecordVettingCheckDto, requested: string | undefined): Promise<VolunteerChecksView> {
    const kind = knownKind(kindParam);
    const organisationId = vettingOrganisationOf(staff, requested);
    const now = this.clock.now();
    const expiresOn = input.expiresOn ?? null;
    const problem = checkInputProblem({ checkedOn: input.checkedOn, expiresOn }, dayOf(now));
    if (problem !== null) throw profileErrors.refusal(problem, CHECK_INPUT_MESSAGES[problem]);
    await this.uow.transaction(async () => {
      await this.knownVolunteer(organisationId, volunteerId);
      const required = await this.lockFor(organisationId, volunteerId);
      await this.checks.replace({ organisationId, userId: volunteerId, kind, checkedOn: input.checkedOn, expiresOn, note: input.note ?? null, recordedBy: staff.id, at: now });
      await this.clearance.refreshVolunteer(organisationId, volunteerId, required, now);
      const note = `${kind}: checked ${input.checkedOn}, ${expiresOn === null ? 'does not expire' : `expires ${expiresOn}`}`;
      await this.audit.append({ actorId: staff.id, action: 'vetting.check.record', targetType: 'user', targetId: volunteerId, note, organisationId });
    });
    return this.view(organisationId, volunteerId);
  }

  async remove(staff: UserEntity, volunteerId: string, kindParam: string, requested: string | undefined): Promise<VolunteerChecksView> {
    const kind = knownKind(kindParam);
    const organisationId = vettingOrganisationOf(staff, requested);
    await this.uow.transaction(async () => {
      await this.knownVolunteer(organisationId, volunteerId);
      const required = await this.lockFor(organisationId, volunteerId);
      if (!(await this.checks.remove(organisationId, volunteerId, kind))) throw profileErrors.refusal('vetting-check.not-found', 'No check of that kind is recorded for this volunteer');
      await this.clearance.refreshVolunteer(organisationId, volunteerId, required, this.clock.now());
      await this.audit.append({ actorId: staff.id, action: 'vetting.check.remove', targetType: 'user', targetId: volunteerId, note: kind, organisationId });
    });
    return this.view(organisationId, volunteerId);
  }

  /** A volunteer the organisation knows (a member of its programmes, or vetted by it); anyone else does not exist for its staff. */
  private async knownVolunteer(organisationId: string, volunteerId: string): Promise<void> {
    const volunteer = await this.users.findById(volunteerId);
    if (volunteer === null || volunteer.role !== 'host' || volunteer.erasedAt !== null) throw profileErrors.notFound('volunteer');
    await this.access.person({ role: 'staff', organisationId }, volunteer.id, () => profileErrors.notFound('volunteer'));
  }

  /** The organisation's requirements (a change of them waits) and the volunteer's vetting, locked for this change. */
  private async lockFor(organisationId: string, volunteerId: string): Promise<VettingCheckKind[]> {
    const required = await this.checks.requiredKindsLocked(organisationId);
    if (required === null) throw profileErrors.notFound('organisation');
    await this.checks.lockVetting(organisationId, volunteerId);
    return required;
  }

  private async view(organisationId: string, volunteerId: string): Promise<VolunteerChecksView> {
    const required = await this.checks.requiredKinds(organisationId);
    const records = await this.checks.findFor(organisationId, volunteerId);
    const now = this.clock.now();
    const clearance = clearanceOf(required, records, now);
    return {
      userId: volunteerId,
      organisationId,
      requiredKinds: clearance.required.map((r) => r.kind),
      cleared: clearance.cleared,
      lapsesOn: clearance.lapsesOn,
      required: clearance.required,
      problems: clearance.problems,
      checks: records.map((record) => checkView(record, required, dayOf(now))),
    };
  }
}

function knownKind(kind: string): VettingCheckKind {
  if (!isVettingCheckKind(kind)) throw profileErrors.refusal('vetting.unknown-kind', 'Unknown check: identity, certificate-of-conduct, references or safeguarding-training', { kind });
  return kind;
}

function checkView(record: VettingCheckRecord, required: readonly VettingCheckKind[], today: string): VettingCheckView {
  const status = statusOf(record, today);
  return {
    kind: record.kind,
    checkedOn: record.checkedOn,
    expiresOn: record.expiresOn,
    status: status === 'missing' ? 'expired' : status,
    required: required.includes(record.kind),
    note: record.note,
    recordedBy: record.recordedBy,
    updatedAt: record.updatedAt.toISOString(),
  };
}
