import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DEFAULT_ORGANISATION_ID } from '../organisations/domain/programme.js';
import type { CandidateRow } from './domain/candidate-row.js';
import type { MatchingRole } from './domain/matching-person.js';
import type { SuggestionCandidateRow } from './domain/rank-suggestions.js';

/** Active, or suspended until a time that has passed (`now` names the parameter holding the time). */
const ACTIVE = (now: string) => `(u.status = 'active' OR (u.suspended_until IS NOT NULL AND u.suspended_until <= ${now}))`;

/** A host's vetting by the organisation running the programme (the default one). */
const VERIFICATION = `(SELECT v.verification FROM volunteer_vettings v WHERE v.user_id = u.id AND v.organisation_id = '${DEFAULT_ORGANISATION_ID}')`;

/** The columns of a CandidateRow for `u` (users) joined with `p` (profiles). */
const PERSON_COLUMNS = (now: string) => `
  u.id, u.role, u.created_at AS "createdAt", ${VERIFICATION} AS verification,
  p.gender, p.partner_gender AS "partnerGender", p.lat, p.lon, p.max_distance_km AS "maxDistanceKm",
  coalesce(p.meet_online, false) AS "meetOnline", coalesce(p.languages, '[]') AS languages,
  coalesce(p.learning, '{}') AS learning, coalesce(p.interests, '{}') AS interests,
  coalesce(p.availability, '[]') AS availability, p.timezone,
  p.completed_at AS "completedAt",
  (SELECT max(coalesce(m.ended_at, m.activated_at, m.created_at)) FROM matches m
    WHERE m.migrant_id = u.id AND m.status IN ('declined', 'expired', 'ended')) AS "lastMatchEndedAt",
  CASE WHEN u.role = 'host' THEN coalesce(p.capacity, 0) - (SELECT count(*)::int FROM matches m
    WHERE m.host_id = u.id AND m.status IN ('proposed', 'active')) ELSE 0 END AS "openSlots",
  EXISTS (SELECT 1 FROM matches m WHERE m.migrant_id = u.id AND m.status IN ('proposed', 'active')) AS "hasOpenMatch",
  ${ACTIVE(now)} AS active, coalesce(p.complete, false) AS complete, u.erased_at IS NOT NULL AS erased`;

/** What a suggestion card shows of the partner (`publicUser`) beyond the CandidateRow. */
const PUBLIC_COLUMNS = `u.display_name AS "displayName", p.place_name AS "placeName", p.country_code AS "countryCode", p.bio`;

/** Active, not erased, complete, hosts verified. */
const MATCHABLE = (now: string) => `
  p.complete AND u.erased_at IS NULL AND ${ACTIVE(now)}
  AND (u.role <> 'host' OR ${VERIFICATION} = 'verified')`;

/** Free to be proposed: a host with an open slot, a migrant in no proposed or active match. */
const FREE = `
  (u.role <> 'host' OR coalesce(p.capacity, 0) > (SELECT count(*) FROM matches m
    WHERE m.host_id = u.id AND m.status IN ('proposed', 'active')))
  AND (u.role <> 'migrant' OR NOT EXISTS (SELECT 1 FROM matches m
    WHERE m.migrant_id = u.id AND m.status IN ('proposed', 'active')))`;

/** Written into the statement, not bound, so PostgreSQL can use the role's own partial GiST index. */
const ROLE_LITERAL: Record<MatchingRole, string> = { host: `'host'`, migrant: `'migrant'` };

/** Metres per km plus 1% slack, so the radius test stays a superset of evaluatePair's haversine one. */
const RADIUS_SLACK = 1010;

const EXCLUDED = (a: string, b: string) => `
  EXISTS (SELECT 1 FROM pair_exclusions x
    WHERE x.user_low = least(${a}, ${b}) AND x.user_high = greatest(${a}, ${b}))`;

/** A person with their matching facts, and the profile fields the readiness check looks at. */
export type PersonRow = CandidateRow & { languageCodes: string[]; placeId: string | null; capacity: number | null };

/** A suggestion candidate, with what their card shows read in the same query. */
export type SuggestionCandidate = SuggestionCandidateRow & { displayName: string; placeName: string | null; countryCode: string | null; bio: string | null };

/**
 * Candidate search for suggestions, requests and rounds: the only place these queries live. The
 * WHERE clauses are pre-filters for speed, an index-friendly superset of the eligible; every row
 * carries the facts evaluatePair (domain/pair.ts) needs, and its decision is the final one.
 */
@Injectable()
export class CandidatesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** One person with their matching facts, whatever their state (null when no such user). */
  async findPerson(userId: string, now: Date): Promise<PersonRow | null> {
    const rows = await this.run<PersonRow>(`SELECT ${PERSON_COLUMNS('$2')}, coalesce(p.language_codes, '{}') AS "languageCodes", p.place_id AS "placeId", p.capacity
       FROM users u LEFT JOIN profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [userId, now],
    );
    return rows[0] ?? null;
  }

  /**
   * Matchable, free people of `role` the subject could be paired with, in one statement: those
   * within reach (nearest first, at most `limit`, so a dense city costs what a village does) plus,
   * when the subject meets online, up to `limit` others who do (longest waiting first). The
   * subject's own values are passed as constants so PostgreSQL computes their point and box once.
   * The nearby part walks the role's GiST index nearest-first (KNN) and stops at `limit`; with the
   * per-role partial indexes the planner picks that walk over a bitmap scan of the neighbourhood
   * on its own (all of 1500 big-city subjects on 100k seeded people), so no planner setting, and
   * no transaction to hold one, is needed.
   */
  findSuggestionCandidates(subject: PersonRow, role: MatchingRole, now: Date, limit: number): Promise<SuggestionCandidate[]> {
    const located = subject.lat !== null && subject.lon !== null;
    if (!located && !subject.meetOnline) return Promise.resolve([]);
    const select = `SELECT ${PERSON_COLUMNS('$4')}, ${PUBLIC_COLUMNS}, ${EXCLUDED('u.id', '$2::uuid')} AS "excludedWithSubject"
      FROM profiles p JOIN users u ON u.id = p.user_id
      WHERE p.complete AND u.role = $1 AND u.id <> $2 AND p.language_codes && $3::text[] AND ${MATCHABLE('$4')}
        AND NOT ${EXCLUDED('u.id', '$2::uuid')} AND ${FREE}`;
    const nearby = `${select} AND p.lat IS NOT NULL AND p.role = ${ROLE_LITERAL[role]}
        AND earth_box(ll_to_earth($6, $7), $8::float8 * ${RADIUS_SLACK}) @> ll_to_earth(p.lat, p.lon)
        AND earth_distance(ll_to_earth($6, $7), ll_to_earth(p.lat, p.lon)) <= least($8::float8, p.max_distance_km) * ${RADIUS_SLACK}
      ORDER BY ll_to_earth(p.lat, p.lon) <-> ll_to_earth($6, $7) LIMIT $5`;
    const online = (alsoRequired: string) => `${select} AND p.meet_online ${alsoRequired} ORDER BY p.completed_at, p.user_id LIMIT $5`;
    const common = [role, subject.id, subject.languageCodes, now, limit];
    if (!located) return this.run<SuggestionCandidate>(online(''), common);
    const near = [...common, subject.lat, subject.lon, subject.maxDistanceKm ?? 0];
    if (!subject.meetOnline) return this.run<SuggestionCandidate>(nearby, near);
    // `<> ALL (ARRAY(...))`, not `NOT IN`: with it the planner keeps walking the waiting-order
    // index as it did with the ids bound; `NOT IN` tipped a third of the online parts into a
    // bitmap scan several times slower (measured on 100k seeded people).
    return this.run<SuggestionCandidate>(`WITH nearby AS (${nearby})
       SELECT * FROM nearby UNION ALL (${online('AND u.id <> ALL (ARRAY(SELECT id FROM nearby))')})`,
      near,
    );
  }

  /** Whether either person declined or blocked the other at some point. */
  async isPairExcluded(a: string, b: string): Promise<boolean> {
    const rows = await this.run<{ excluded: boolean }>(`SELECT ${EXCLUDED('$1::uuid', '$2::uuid')} AS excluded`, [a, b]);
    return rows[0]?.excluded === true;
  }

  /** Everyone of `role` a round may propose: matchable and free. */
  findRoundPeople(role: MatchingRole, now: Date): Promise<CandidateRow[]> {
    return this.run<CandidateRow>(`SELECT ${PERSON_COLUMNS('$2')} FROM profiles p JOIN users u ON u.id = p.user_id
       WHERE u.role = $1 AND ${MATCHABLE('$2')} AND ${FREE} ORDER BY u.id`,
      [role, now],
    );
  }

  /** Every pair that declined or blocked each other, as `low|high` keys. */
  async findExcludedPairKeys(): Promise<Set<string>> {
    const rows = await this.run<{ key: string }>(`SELECT DISTINCT user_low || '|' || user_high AS key FROM pair_exclusions`, []);
    return new Set(rows.map((row) => row.key));
  }

  /** Each host's stated capacity, read inside the caller's transaction. */
  /** Inside the caller's unit of work (a round's proposals are written under the hosts' locks). */
  async hostCapacities(hostIds: readonly string[]): Promise<Map<string, number>> {
    if (hostIds.length === 0) return new Map();
    const rows = await this.run<{ id: string; capacity: number }>(`SELECT user_id AS id, coalesce(capacity, 0) AS capacity FROM profiles WHERE user_id = ANY($1::uuid[])`,
      [[...hostIds]],
    );
    return new Map(rows.map((row) => [row.id, row.capacity]));
  }

  /** In the caller's unit of work when there is one. */
  private run<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.uow.query<T[]>(sql, parameters);
  }
}
