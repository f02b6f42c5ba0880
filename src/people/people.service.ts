import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import type { StaffScope } from '../access/staff-scope.js';
import { ProfileViews } from '../profiles/profile-views.js';
import { programmeErrors } from '../programmes/programme-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { userErrors } from '../users/user-errors.js';
import { UsersRepository } from '../users/users.repository.js';
import type { PeoplePageView, PeopleQueryDto, PersonPageView } from './dto/people.dto.js';
import { PeopleRepository } from './people.repository.js';
import { toPersonCheckInView, toPersonMatchView, toPersonReportView, toPersonRowView } from './people-views.js';

const DEFAULT_LIMIT = 20;

/**
 * Finding a person and reading what the caller's organisation knows of them. Reading is not an
 * audited action, as reading a person's emails or the reports queue is not: the audit log records
 * what staff did (and the one read of private messages, the conversation view).
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly users: UsersRepository,
    private readonly views: ProfileViews,
    private readonly access: OrganisationAccess,
  ) {}

  async search(staff: UserEntity, query: PeopleQueryDto): Promise<PeoplePageView> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const { rows, total } = await this.people.search(this.listScope(staff, query.organisationId), {
      query: query.q,
      role: query.role,
      sort: query.sort ?? 'name',
      offset: (page - 1) * limit,
      limit,
    });
    return { items: rows.map(toPersonRowView), total, page, limit };
  }

  async page(staff: UserEntity, userId: string): Promise<PersonPageView> {
    await this.access.person(staff, userId, () => userErrors.notFound('user'));
    const user = await this.users.findById(userId);
    if (user === null || user.erasedAt !== null) throw userErrors.notFound('user');
    const scope = this.access.scope(staff);
    const [view, matches, reports, checkIns] = await Promise.all([
      this.views.userView(user, staff),
      this.people.matchesOf(scope, userId),
      this.people.reportsOf(scope, userId),
      this.people.checkInsOf(scope, userId),
    ]);
    return { user: view, matches: matches.map(toPersonMatchView), reports: reports.map(toPersonReportView), checkIns: checkIns.map(toPersonCheckInView) };
  }

  /** A coordinator's own organisation (naming another is naming nothing); an admin's named one, else everyone. */
  private listScope(staff: UserEntity, requested: string | undefined): StaffScope {
    const scope = this.access.scope(staff);
    if (requested === undefined) return scope;
    if (scope.kind === 'organisation' && scope.organisationId !== requested) throw programmeErrors.notFound('organisation');
    return { kind: 'organisation', organisationId: requested };
  }
}
