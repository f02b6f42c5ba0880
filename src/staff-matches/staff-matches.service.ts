import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import type { StaffScope } from '../access/staff-scope.js';
import { Clock } from '../common/clock.js';
import { programmeErrors } from '../programmes/programme-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { proposedBefore, roundDays, waitingDaysOf } from './domain/staff-matches.js';
import type { ProgrammeWaitingView, StaffMatchesPageView, StaffMatchesQueryDto, StaffMatchRowView } from './dto/staff-matches.dto.js';
import { StaffMatchesRepository, type StaffMatchRow } from './staff-matches.repository.js';

const DEFAULT_LIMIT = 20;

/** The staff console's matches overview and waiting times, within the caller's organisation (admins: everywhere). */
@Injectable()
export class StaffMatchesService {
  constructor(
    private readonly matches: StaffMatchesRepository,
    private readonly access: OrganisationAccess,
    private readonly clock: Clock,
  ) {}

  async list(staff: UserEntity, query: StaffMatchesQueryDto): Promise<StaffMatchesPageView> {
    const scope = this.listScope(staff, query.organisationId);
    if (query.programmeId !== undefined) await this.access.programme(staff, query.programmeId, () => programmeErrors.notFound('programme'));
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const now = this.clock.now();
    const { rows, total } = await this.matches.list(scope, {
      programmeId: query.programmeId,
      status: query.status,
      proposedBefore: query.waitingMoreThanDays === undefined ? undefined : proposedBefore(query.waitingMoreThanDays, now),
      sort: query.sort ?? '-createdAt',
      offset: (page - 1) * limit,
      limit,
    });
    return { items: rows.map((row) => toRowView(row, now)), total, page, limit };
  }

  async waiting(staff: UserEntity, organisationId: string | undefined): Promise<ProgrammeWaitingView[]> {
    const scope = this.listScope(staff, organisationId);
    const now = this.clock.now();
    const migrants = await this.matches.migrantsWaiting(scope, now);
    const proposals = new Map((await this.matches.proposalsWaiting(scope, now)).map((row) => [row.programmeId, row]));
    return migrants.map((row) => {
      const waitingProposals = proposals.get(row.programmeId);
      return {
        programme: { id: row.programmeId, name: row.programmeName },
        migrants: { count: Number(row.count), medianDays: roundDays(row.medianDays), p90Days: roundDays(row.p90Days) },
        proposals: {
          count: Number(waitingProposals?.count ?? 0),
          medianDays: roundDays(waitingProposals?.medianDays),
          oldestDays: roundDays(waitingProposals?.oldestDays),
        },
      };
    });
  }

  /** A coordinator's own organisation (naming another is naming nothing); an admin's named one, else everyone. */
  private listScope(staff: UserEntity, requested: string | undefined): StaffScope {
    const scope = this.access.scope(staff);
    if (requested === undefined) return scope;
    if (scope.kind === 'organisation' && scope.organisationId !== requested) throw programmeErrors.notFound('organisation');
    return { kind: 'organisation', organisationId: requested };
  }
}

function toRowView(row: StaffMatchRow, now: Date): StaffMatchRowView {
  return {
    id: row.id,
    status: row.status,
    programme: { id: row.programmeId, name: row.programmeName },
    migrant: { id: row.migrantId, displayName: row.migrantName },
    host: { id: row.hostId, displayName: row.hostName },
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    waitingDays: waitingDaysOf(row.status, row.createdAt, now),
  };
}
