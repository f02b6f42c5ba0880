import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { AccountCreation } from '../auth/account-creation.js';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ProfileViews } from '../profiles/profile-views.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import type { CreateCoordinatorDto, CreateOrganisationDto, OrganisationView } from './dto/organisation.dto.js';
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
  ) {}

  async create(admin: UserEntity, input: CreateOrganisationDto): Promise<OrganisationView> {
    const taken = (): Error => programmeErrors.refusal('organisation.name-taken', `An organisation named "${input.name}" already exists`);
    if (await this.organisations.nameTaken(input.name)) throw taken();
    try {
      return await this.uow.transaction(async () => {
        const organisation = await this.organisations.create({ name: input.name, countryCode: input.countryCode });
        await this.audit.append({ actorId: admin.id, action: 'organisation.create', targetType: 'organisation', targetId: organisation.id, note: organisation.name, organisationId: organisation.id });
        return toOrganisationView(organisation);
      });
    } catch (error) {
      // Two admins naming one organisation at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
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
