import { Injectable } from '@nestjs/common';
import { scopeFilter, type StaffScope } from '../access/staff-scope.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { UserRole, UserStatus } from '../users/user.entity.js';
import { containsPattern, foldedColumn, orderOf, type PeopleSort } from './domain/people-search.js';

export interface PeopleSearch {
  query: string | undefined;
  role: UserRole | undefined;
  sort: PeopleSort;
  offset: number;
  limit: number;
}

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  role: UserRole;
  status: UserStatus;
  createdAt: Date;
}

export interface PersonMatchRow {
  id: string;
  status: string;
  programmeId: string;
  programmeName: string;
  partnerId: string;
  partnerName: string;
  partnerRole: UserRole;
  createdAt: Date;
  activatedAt: Date | null;
  endedAt: Date | null;
}

export interface PersonReportRow {
  id: string;
  direction: 'about' | 'by';
  source: string;
  reason: string;
  status: string;
  matchId: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface PersonCheckInRow {
  id: string;
  matchId: string;
  programmeId: string;
  programmeName: string;
  score: number;
  comment: string | null;
  wantsContact: boolean;
  createdAt: Date;
}

/** What the person page lists of each kind: the newest this many. */
const PERSON_PAGE_LIST = 50;

/**
 * Staff's view of people: who is in an organisation (a member of its programmes, vetted by it, or
 * its coordinator; the same owners as `OwnershipRepository.ofUser`) and what happened to them there.
 * Erased accounts are nobody to search for.
 */
@Injectable()
export class PeopleRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async search(scope: StaffScope, search: PeopleSearch): Promise<{ rows: PersonRow[]; total: number }> {
    const params: unknown[] = [];
    const conditions = ['u.erased_at IS NULL', personInScope(scope, params)];
    if (search.query !== undefined && search.query !== '') {
      params.push(containsPattern(search.query));
      conditions.push(`(${foldedColumn('u.display_name')} LIKE $${params.length} ESCAPE '\\' OR ${foldedColumn('u.email')} LIKE $${params.length} ESCAPE '\\')`);
    }
    if (search.role !== undefined) {
      params.push(search.role);
      conditions.push(`u.role = $${params.length}`);
    }
    params.push(search.limit, search.offset);
    const rows: Array<PersonRow & { total: string }> = await this.uow.query(
      `SELECT u.id, u.display_name AS "displayName", u.email, u.role, u.status, u.created_at AS "createdAt", count(*) OVER () AS total
         FROM users u
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${orderOf(search.sort)}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    // A page past the end has no rows to carry the total: count once more for it.
    const total = rows[0] !== undefined ? Number(rows[0].total) : search.offset === 0 ? 0 : await this.count(scope, search);
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  private async count(scope: StaffScope, search: PeopleSearch): Promise<number> {
    const { total } = await this.search(scope, { ...search, offset: 0, limit: 1 });
    return total;
  }

  async matchesOf(scope: StaffScope, userId: string): Promise<PersonMatchRow[]> {
    const params: unknown[] = [userId];
    return this.uow.query(
      `SELECT m.id, m.status, p.id AS "programmeId", p.name AS "programmeName",
              partner.id AS "partnerId", partner.display_name AS "partnerName", partner.role AS "partnerRole",
              m.created_at AS "createdAt", m.activated_at AS "activatedAt", m.ended_at AS "endedAt"
         FROM matches m
         JOIN programmes p ON p.id = m.programme_id
         JOIN users partner ON partner.id = CASE WHEN m.migrant_id = $1 THEN m.host_id ELSE m.migrant_id END
        WHERE (m.migrant_id = $1 OR m.host_id = $1) AND ${scopeFilter(scope, 'p.organisation_id', params)}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT ${PERSON_PAGE_LIST}`,
      params,
    );
  }

  async reportsOf(scope: StaffScope, userId: string): Promise<PersonReportRow[]> {
    const params: unknown[] = [userId];
    return this.uow.query(
      `SELECT r.id, CASE WHEN r.reporter_id = $1 THEN 'by' ELSE 'about' END AS direction, r.source, r.reason, r.status,
              r.match_id AS "matchId", r.created_at AS "createdAt", r.resolved_at AS "resolvedAt"
         FROM reports r
        WHERE (r.reporter_id = $1 OR r.user_id = $1 OR r.message_id IN (SELECT id FROM messages WHERE sender_id = $1))
          AND ${scopeFilter(scope, 'r.organisation_id', params)}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT ${PERSON_PAGE_LIST}`,
      params,
    );
  }

  async checkInsOf(scope: StaffScope, userId: string): Promise<PersonCheckInRow[]> {
    const params: unknown[] = [userId];
    return this.uow.query(
      `SELECT c.id, c.match_id AS "matchId", p.id AS "programmeId", p.name AS "programmeName", c.score, c.comment,
              c.wants_contact AS "wantsContact", c.created_at AS "createdAt"
         FROM check_ins c
         JOIN programmes p ON p.id = c.programme_id
        WHERE c.user_id = $1 AND ${scopeFilter(scope, 'p.organisation_id', params)}
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT ${PERSON_PAGE_LIST}`,
      params,
    );
  }
}

/** The person `u` belongs to the scope's organisation: a member of its programmes, vetted by it, or its staff. */
function personInScope(scope: StaffScope, params: unknown[]): string {
  if (scope.kind === 'platform') return 'true';
  return `(EXISTS (SELECT 1 FROM programme_memberships pm JOIN programmes p ON p.id = pm.programme_id
                    WHERE pm.user_id = u.id AND ${scopeFilter(scope, 'p.organisation_id', params)})
           OR EXISTS (SELECT 1 FROM volunteer_vettings v WHERE v.user_id = u.id AND ${scopeFilter(scope, 'v.organisation_id', params)})
           OR ${scopeFilter(scope, 'u.organisation_id', params)})`;
}
