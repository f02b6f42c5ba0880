import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { AccountCreation } from '../auth/account-creation.js';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { actingOrganisationOf } from '../access/staff-scope.js';
import type { VettingCheckKind } from '../organisations/domain/vetting-checks.js';
import { VettingClearance } from '../organisations/vetting-clearance.js';
import { ProfileViews } from '../profiles/profile-views.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import type { CreateCoordinatorDto, CreateOrganisationDto, OrganisationView, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { programmeErrors } from './programme-errors.js';
import { toOrganisationView } from './programme-views.js';

/** What platform admins do: organisations and their coordinators, each audited. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organisations: OrganisationsRepository,
    private readonly accounts: AccountCreation,
    private readonly views: ProfileViews,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly clearance: VettingClearance,
  ) {}

  async create(admin: UserEntity, input: CreateOrganisationDto): Promise<OrganisationView> {
    const taken = (): Error => programmeErrors.refusal('organisation.name-taken', `An organisation named "${input.name}" already exists`);
    if (await this.organisations.nameTaken(input.name)) throw taken();
    try {
      return await this.uow.transaction(async () => {
        const organisation = await this.organisations.create({ name: input.name, countryCode: input.countryCode, safeguardingEmail: input.safeguardingEmail ?? null });
        await this.audit.append({ actorId: admin.id, action: 'organisation.create', targetType: 'organisation', targetId: organisation.id, note: organisation.name, organisationId: organisation.id });
        return toOrganisationView(organisation);
      });
    } catch (error) {
      // Two admins naming one organisation at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  /**
   * An admin changes the name, country, safeguarding address or required checks; audited as
   * `organisation.update` with what changed. New required checks recompute every volunteer's clearance.
   */
  async update(admin: UserEntity, id: string, input: UpdateOrganisationDto): Promise<OrganisationView> {
    const organisation = await this.organisations.findById(id);
    if (organisation === null) throw programmeErrors.notFound('organisation');
    const name = input.name ?? organisation.name;
    const taken = (): Error => programmeErrors.refusal('organisation.name-taken', `An organisation named "${name}" already exists`);
    if (input.name !== undefined && (await this.organisations.nameTaken(input.name, id))) throw taken();
    const changes = {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.countryCode === undefined ? {} : { countryCode: input.countryCode }),
      ...(input.safeguardingEmail === undefined ? {} : { safeguardingEmail: input.safeguardingEmail }),
    };
    try {
      return await this.uow.transaction(async () => {
        const updated = await this.organisations.update(organisation, changes);
        if (input.requiredVettingChecks !== undefined) {
          updated.requiredVettingChecks = await this.clearance.requireKinds(id, input.requiredVettingChecks, this.clock.now());
        }
        const changed = [...Object.keys(changes), ...(input.requiredVettingChecks === undefined ? [] : [`requiredVettingChecks (${updated.requiredVettingChecks.join(', ') || 'none'})`])];
        const note = `Changed: ${changed.join(', ') || 'nothing'}`;
        await this.audit.append({ actorId: admin.id, action: 'organisation.update', targetType: 'organisation', targetId: id, note, organisationId: id });
        return toOrganisationView(updated);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  /** A coordinator's own organisation (its safeguarding address included); 404 for an account without one. */
  async ownOrganisation(staff: UserEntity): Promise<OrganisationView> {
    const organisation = staff.organisationId === null ? null : await this.organisations.findById(staff.organisationId);
    if (organisation === null) throw programmeErrors.notFound('organisation');
    return toOrganisationView(organisation);
  }

  /**
   * A coordinator sets the checks their organisation requires of volunteers (an admin: of the
   * organisation named, else their own); every volunteer's clearance is recomputed in the same
   * transaction. Audited as `organisation.required-checks`.
   */
  async setRequiredChecks(staff: UserEntity, requested: string | undefined, kinds: readonly VettingCheckKind[]): Promise<OrganisationView> {
    const acting = actingOrganisationOf(staff, requested);
    if (acting.kind === 'out-of-scope') throw programmeErrors.notFound('organisation');
    if (acting.kind === 'unnamed') throw programmeErrors.refusal('programme.organisation-required', 'Say for which organisation: ?organisationId=');
    return this.uow.transaction(async () => {
      const organisation = await this.organisations.findById(acting.organisationId);
      if (organisation === null) throw programmeErrors.notFound('organisation');
      organisation.requiredVettingChecks = await this.clearance.requireKinds(organisation.id, kinds, this.clock.now());
      const note = `Required checks: ${organisation.requiredVettingChecks.join(', ') || 'none'}`;
      await this.audit.append({ actorId: staff.id, action: 'organisation.required-checks', targetType: 'organisation', targetId: organisation.id, note, organisationId: organisation.id });
      return toOrganisationView(organisation);
    });
  }

  async list(): Promise<OrganisationView[]> {
    return (await this.organisations.findAllByName()).map(toOrganisationView);
  }

  async createCoordinator(admin: UserEntity, organisationId: string, input: CreateCoordinatorDto): Promise<UserView> {
    const organisation = await this.organisations.findById(organisationId);
    if (organisation === null) throw programmeErrors.notFound('organisation');
    return this.uow.transaction(async () => {
      const staff = await this.accounts.create({ ...input, role: 'staff', organisationId: organisation.id, termsAcceptedAt: this.clock.now() });
      await this.audit.append({ actorId: admin.id, action: 'organisation.staff.create', targetType: 'user', targetId: staff.id, note: organisation.name, organisationId: organisation.id });
      return this.views.userView(staff, admin);
    });
  }
}
