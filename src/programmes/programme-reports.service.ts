import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { decodeCursor, encodeCursor } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ProfileViews } from '../profiles/profile-views.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { toCsv } from './domain/csv.js';
import { checkInFigures, roundTo } from './domain/programme-figures.js';
import type { MembersPageView, MembersQueryDto } from './dto/membership.dto.js';
import type { ProgrammeStatsView } from './dto/programme-stats.view.js';
import { ProgrammeFiguresRepository } from './programme-figures.repository.js';
import { programmeErrors } from './programme-errors.js';
import { ProgrammesRepository } from './programmes.repository.js';

export const EXPORT_HEADER = ['id', 'role', 'displayName', 'place', 'joinedAt', 'verification', 'matches', 'meetupsHeld'] as const;

export interface CsvExport {
  filename: string;
  body: string;
}

const DEFAULT_PAGE_SIZE = 20;

/** What a programme's coordinators read about it: members, figures, the export. Outside their organisation: 404. */
@Injectable()
export class ProgrammeReportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly programmes: ProgrammesRepository,
    private readonly figures: ProgrammeFiguresRepository,
    private readonly users: UsersRepository,
    private readonly views: ProfileViews,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async members(viewer: UserEntity, programmeId: string, query: MembersQueryDto): Promise<MembersPageView> {
    await this.visible(viewer, programmeId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.figures.membersPage(programmeId, query.role, query.order ?? 'newest', limit, decodeCursor(query.cursor));
    const page = rows.slice(0, limit);
    const users = new Map((await this.users.findByIds(page.map((r) => r.userId))).map((u) => [u.id, u]));
    const ordered = page.flatMap((row) => users.get(row.userId) ?? []);
    const last = page.at(-1);
    return {
      items: await this.views.userViews(ordered, viewer),
      nextCursor: rows.length > limit && last !== undefined ? encodeCursor({ at: last.joinedAt, id: last.userId }) : null,
    };
  }

  async stats(viewer: UserEntity, programmeId: string): Promise<ProgrammeStatsView> {
    await this.visible(viewer, programmeId);
    const now = this.clock.now();
    const people = await this.figures.people(programmeId);
    const matches = await this.figures.matchesByStatus(programmeId);
    const meetups = await this.figures.meetups(programmeId, now);
    const medianWait = await this.figures.medianWaitDays(programmeId);
    const medianToFirst = await this.figures.medianDaysToFirstMatch(programmeId);
    const checkIns = checkInFigures(await this.figures.checkInScores(programmeId));
    return {
      participants: { migrants: people.migrants, hosts: people.hosts, staff: people.staff },
      hostsPending: people.hostsPending,
      waitingMigrants: people.waitingMigrants,
      medianWaitDays: medianWait === null ? null : roundTo(medianWait, 1),
      matches: matches.byStatus,
      meetups,
      matchesEverActive: matches.everActive,
      meetupsPerActiveMatch: matches.everActive === 0 ? null : roundTo(meetups.happened / matches.everActive, 2),
      openReports: await this.figures.openReports(programmeId),
      medianDaysToFirstMatch: medianToFirst === null ? null : roundTo(medianToFirst, 1),
      meanCheckInScore: checkIns.mean,
      checkIns: { count: checkIns.count, byScore: checkIns.byScore },
      firstMatchesByMonth: await this.figures.firstMatchesByMonth(programmeId),
    };
  }

  /** Every active member as one CSV row; the export itself is audited. */
  async exportCsv(viewer: UserEntity, programmeId: string): Promise<CsvExport> {
    await this.visible(viewer, programmeId);
    const now = this.clock.now();
    return this.uow.transaction(async () => {
      const programme = await this.programmes.findRecord(programmeId);
      if (programme === null) throw programmeErrors.notFound('programme');
      const rows = await this.figures.exportRows(programmeId, now);
      await this.audit.append({ actorId: viewer.id, action: 'programme.export', targetType: 'programme', targetId: programmeId, note: `${rows.length} members`, organisationId: programme.organisationId });
      const body = toCsv(
        EXPORT_HEADER,
        rows.map((r) => [r.id, r.role, r.displayName, r.place, r.joinedAt.toISOString(), r.verification, r.matches, r.meetupsHeld]),
      );
      return { filename: exportFilename(programme.name, now), body };
    });
  }

  private async visible(viewer: UserEntity, programmeId: string): Promise<void> {
    await this.access.programme(viewer, programmeId, () => programmeErrors.notFound('programme'));
  }
}

/** `members-1001-strengths-2026-12-06.csv`: plain ASCII, safe in a Content-Disposition header. */
export function exportFilename(programmeName: string, now: Date): string {
  const slug = programmeName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `members-${slug === '' ? 'programme' : slug}-${now.toISOString().slice(0, 10)}.csv`;
}
