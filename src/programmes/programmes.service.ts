import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { regionProblem } from '../organisations/domain/programme-rules.js';
import { DEFAULT_PROGRAMME_ID } from '../organisations/domain/programme.js';
import type { Place } from '../profiles/places/place-search.js';
import { PlacesService } from '../profiles/places/places.service.js';
import { isStaffRole, type UserEntity } from '../users/user.entity.js';
import { statusChangeProblem } from './domain/programme-status.js';
import { storedRegion, storedRules } from './domain/stored-programme.js';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import type { ProgrammeView } from './dto/programme.view.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { programmeErrors } from './programme-errors.js';
import { toProgrammeView } from './programme-views.js';
import { regionCentre, regionPlaceIds } from './region-centre.js';
import { ProgrammesRepository, type ProgrammeChanges, type ProgrammeRecord } from './programmes.repository.js';

/** Coordinators write programmes; anyone reads the open ones. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly programmes: ProgrammesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditRepository,
    private readonly places: PlacesService,
  ) {}

  async create(viewer: UserEntity, input: CreateProgrammeDto): Promise<ProgrammeView> {
    const organisationId = await this.organisationFor(viewer, input.organisationId);
    await this.checkRegionPlace(input.region?.placeId);
    return this.uow.transaction(async () => {
      const id = await this.programmes.insert({
        organisationId,
        name: input.name,
        description: input.description ?? '',
        status: input.status ?? 'draft',
        region: storedRegion(input.region ?? { countryCodes: [] }),
        rules: storedRules(input.rules ?? {}),
      });
      await this.audit.append({ actorId: viewer.id, action: 'programme.create', targetType: 'programme', targetId: id, note: input.name, organisationId });
      return (await this.views([await this.found(id)]))[0];
    });
  }

  async update(viewer: UserEntity, id: string, input: UpdateProgrammeDto): Promise<ProgrammeView> {
    await this.access.programme(viewer, id, () => programmeErrors.notFound('programme'));
    await this.checkRegionPlace(input.region?.placeId);
    return this.uow.transaction(async () => {
      const current = await this.programmes.lockRecord(id);
      if (current === null) throw programmeErrors.notFound('programme');
      if (input.status !== undefined) this.checkStatusChange(current, input.status);
      const changes: ProgrammeChanges = {
        name: input.name,
        description: input.description,
        status: input.status,
        region: input.region === undefined ? undefined : storedRegion(input.region),
        rules: input.rules === undefined ? undefined : storedRules(input.rules),
      };
      await this.programmes.update(id, changes);
      const changed = Object.entries(changes).flatMap(([field, value]) => (value === undefined ? [] : [field]));
      await this.audit.append({ actorId: viewer.id, action: 'programme.update', targetType: 'programme', targetId: id, note: changed.length === 0 ? null : `changed: ${changed.join(', ')}`, organisationId: current.organisationId });
      return (await this.views([await this.found(id)]))[0];
    });
  }

  /** The caller's organisation's programmes (every one for admins), newest first. */
  async listForStaff(viewer: UserEntity): Promise<ProgrammeView[]> {
    return this.views(await this.programmes.findInScope(this.access.scope(viewer)));
  }

  /** Open programmes whose region holds the place; every open one without a place. */
  async listOpen(placeId: string | undefined): Promise<ProgrammeView[]> {
    const open = await this.programmes.findOpen();
    if (placeId === undefined) return this.views(open);
    const place = await this.places.findById(placeId);
    if (place === undefined) throw programmeErrors.refusal('programme.unknown-place', 'placeId must be a place id from GET /api/places');
    const centres = await this.places.findByIds(regionPlaceIds(open));
    return this.views(open.filter((programme) => regionProblem(place, programme.region, regionCentre(programme.region, centres)) === null), centres);
  }

  /** Open programmes to anyone; drafts and closed ones also to staff of their organisation and admins. */
  async findVisible(id: string, viewer: UserEntity | undefined): Promise<ProgrammeView> {
    const programme = await this.programmes.findRecord(id);
    if (programme === null) throw programmeErrors.notFound('programme');
    if (programme.status !== 'open') {
      if (viewer === undefined || !isStaffRole(viewer.role)) throw programmeErrors.notFound('programme');
      await this.access.programme(viewer, id, () => programmeErrors.notFound('programme'));
    }
    return (await this.views([programme]))[0];
  }

  /** Views with their regions' centres named; `centres` when the caller has already found them. */
  private async views(records: readonly ProgrammeRecord[], centres?: ReadonlyMap<string, Place>): Promise<ProgrammeView[]> {
    const places = centres ?? (await this.places.findByIds(regionPlaceIds(records)));
    return records.map((record) => toProgrammeView(record, places));
  }

  private async checkRegionPlace(placeId: string | null | undefined): Promise<void> {
    if (placeId === null || placeId === undefined) return;
    if ((await this.places.findById(placeId)) === undefined) throw programmeErrors.refusal('programme.unknown-place', 'region.placeId must be a place id from GET /api/places');
  }

  /** Staff run their own organisation's programmes; an admin names one unless they coordinate one. */
  private async organisationFor(viewer: UserEntity, requested: string | undefined): Promise<string> {
    const scope = this.access.scope(viewer);
    if (scope.kind === 'organisation') {
      if (requested !== undefined && requested !== scope.organisationId) throw programmeErrors.notFound('organisation');
      return scope.organisationId;
    }
    const organisationId = requested ?? viewer.organisationId;
    if (organisationId === null) {
      throw programmeErrors.refusal('programme.organisation-required', 'organisationId is required: name the organisation that runs the programme');
    }
    if ((await this.organisations.findById(organisationId)) === null) throw programmeErrors.notFound('organisation');
    return organisationId;
  }

  private checkStatusChange(current: ProgrammeRecord, to: ProgrammeRecord['status']): void {
    const problem = statusChangeProblem(current.status, to, current.id === DEFAULT_PROGRAMME_ID);
    if (problem === 'reopened-as-draft') {
      throw programmeErrors.refusal('programme.reopened-as-draft', 'A programme that has been open cannot go back to draft; close it instead', { from: current.status, to });
    }
    if (problem === 'default-closed') {
      throw programmeErrors.refusal('programme.default-closed', 'The default programme stays open: everyone who names no programme takes part in it', { from: current.status, to });
    }
  }

  private async found(id: string): Promise<ProgrammeRecord> {
    const programme = await this.programmes.findRecord(id);
    if (programme === null) throw programmeErrors.notFound('programme');
    return programme;
  }
}

