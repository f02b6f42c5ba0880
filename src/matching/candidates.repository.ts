import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { ProgrammeRules, ProgrammeStatus } from '../organisations/domain/programme.js';
import type { CandidateRow, MultiProgrammeRow, ProgrammeFacts } from './domain/candidate-row.js';
import type { MatchingRole } from './domain/matching-person.js';
import type { MultiProgrammeCandidate } from './domain/programme-suggestions.js';

/** Written into the statement, not bound, so PostgreSQL can use the role's own partial GiST index. */
const ROLE_LITERAL: Record<MatchingRole, string> = { host: `'host'`, migrant: `'migrant'` };

/** Active, or suspended until a time that has passed (`now` names the parameter holding the time). */
const ACTIVE = (now: string) => `(u.status = 'active' OR (u.suspended_until IS NOT NULL AND u.suspended_until <= ${now}))`;

/** A host's vetting by the organisation `org` (a column or parameter holding its id). */
const VERIFICATION = (org: string) => `(SELECT v.verification FROM volunteer_vettings v WHERE v.user_id = u.id AND v.organisation_id = ${org})`;

/**
 * The host's checks required by the organisation `org` clear them at `now`: one comparison with the
 * moment kept beside the vetting (`checks_cleared_until`, rewritten whenever checks or requirements change).
 */
const CHECKS_CLEARED = (org: string, now: string) =>
  `coalesce((SELECT v.checks_cleared_until > ${now} FROM volunteer_vettings v WHERE v.user_id = u.id AND v.organisation_id = ${org}), false)`;

/** The migrant `u` in a proposed or active match of the programme `programme`. */
const OPEN_MATCH_IN = (programme: string) =>
  `EXISTS (SELECT 1 FROM matches m WHERE m.migrant_id = u.id AND m.programme_id = ${programme} AND m.status IN ('proposed', 'active'))`;

/**
 * The person's active memberships among `programmes` (a uuid[] parameter; null: all of them) of open
 * programmes, each with that programme's facts, oldest membership first.
 */
const PROGRAMME_FACTS = (programmes: string | null, now: string, extra = '') => `
  (SELECT coalesce(jsonb_agg(jsonb_build_object(
      'programmeId', pm.programme_id, 'verification', CASE WHEN u.role = 'host' THEN ${VERIFICATION('pr.organisation_id')} END,
      'checksCleared', u.role <> 'host' OR ${CHECKS_CLEARED('pr.organisation_id', now)},
      'hasOpenMatch', ${OPEN_MATCH_IN('pm.programme_id')}${extra}) ORDER BY pm.joined_at, pm.programme_id), '[]')
    FROM programme_memberships pm JOIN programmes pr ON pr.id = pm.programme_id
   WHERE pm.user_id = u.id AND pm.status = 'active' AND pr.status = 'open'${programmes === null ? '' : ` AND pm.programme_id = ANY(${programmes})`})`;

/** The columns every candidate row has, whatever programme it is seen in. */
const BASE_COLUMNS = (now: string) => `
  u.id, u.role, u.created_at AS "createdAt", p.birth_year AS "birthYear",
  p.gender, p.partner_gender AS "partnerGender", p.lat, p.lon, p.max_distance_km AS "maxDistanceKm",
  coalesce(p.meet_online, false) AS "meetOnline", coalesce(p.languages, '[]') AS languages,
  coalesce(p.learning, '{}') AS learning, coalesce(p.interests, '{}') AS interests,
  coalesce(p.availability, '[]') AS availability, p.timezone,
  p.completed_at AS "completedAt",
  (SELECT max(coalesce(m.ended_at, m.activated_at, m.created_at)) FROM matches m
    WHERE m.migrant_id = u.id AND m.status IN ('declined', 'expired', 'ended')) AS "lastMatchEndedAt",
  CASE WHEN u.role = 'host' THEN coalesce(p.capacity, 0) - (SELECT count(*)::int FROM matches m
    WHERE m.host_id = u.id AND m.status IN ('proposed', 'active')) ELSE 0 END AS "openSlots",
  ${ACTIVE(now)} AS active, coalesce(p.complete, false) AS complete, u.erased_at IS NOT NULL AS erased`;

/** What a suggestion card shows of the partner (`publicUser`) beyond the CandidateRow. */
const PUBLIC_COLUMNS = `u.display_name AS "displayName", p.place_name AS "placeName", p.country_code AS "countryCode", p.bio`;

/** Active, not erased, complete. */
const MATCHABLE = (now: string) => `p.complete AND u.erased_at IS NULL AND ${ACTIVE(now)}`;

/** A host with an open slot (`capacity`: the column holding their capacity): capacity counts open matches in every programme. */
const HOST_FREE_WITH = (capacity: string) => `
  (u.role <> 'host' OR coalesce(${capacity}, 0) > (SELECT count(*) FROM matches m
    WHERE m.host_id = u.id AND m.status IN ('proposed', 'active')))`;
const HOST_FREE = HOST_FREE_WITH('p.capacity');

/**
 * An active member of `role` in one of `programmes` (a uuid[] parameter) who may be proposed there:
 * a host verified by the programme's organisation, a migrant without an open match in it. Looked
 * up per candidate on the memberships' primary key and the vettings' (organisation_id, user_id):
 * `OFFSET 0` keeps it a per-row check, so the walks in candidate order (nearest first, longest
 * waiting first) stay the plan and stop at their limit; flattened into a semi join, PostgreSQL
 * hashed every member of the role and sorted the online candidates instead (6x slower on 100k).
 */
const MATCHABLE_IN_ONE_OF = (programmes: string, role: MatchingRole, now: string) => {
  const mayBeProposed =
    role === 'host'
      ? `JOIN programmes pr ON pr.id = pm.programme_id
         JOIN volunteer_vettings v ON v.organisation_id = pr.organisation_id AND v.user_id = pm.user_id AND v.verification = 'verified' AND v.checks_cleared_until > ${now}`
      : '';
  const free = role === 'host' ? '' : `AND NOT ${OPEN_MATCH_IN('pm.programme_id')}`;
  return `
  EXISTS (SELECT 1 FROM programme_memberships pm ${mayBeProposed}
    WHERE pm.programme_id = ANY(${programmes}) AND pm.role = ${ROLE_LITERAL[role]} AND pm.user_id = u.id AND pm.status = 'active' ${free} OFFSET 0)`;
};

/** Metres per km plus 1% slack, so the radius test stays a superset of evaluatePair's haversine one. */
const RADIUS_SLACK = 1010;

const EXCLUDED = (a: string, b: string) => `
  EXISTS (SELECT 1 FROM pair_exclusions x
    WHERE x.user_low = least(${a}, ${b}) AND x.user_high = greatest(${a}, ${b}))`;

/** The active members of `role` of the `index`th programme of `$6` with a complete profile, as one of the walks' indexes holds them. */
const MEMBERS = (index: number, role: MatchingRole) => `
  programme_memberships pm WHERE pm.programme_id = ($6::uuid[])[${index}] AND pm.role = ${ROLE_LITERAL[role]} AND pm.status = 'active' AND pm.complete`;

/**
 * What a suggestion requires of the walked member `w` (joined with their user row `u`): a language
 * of `$3`, matchable, free, not excluded with the subject `$2`, and one who may be proposed in the
 * `index`th programme.
 */
const MAY_BE_SUGGESTED = (index: number, role: MatchingRole) => `
  w.language_codes && $3::text[] AND u.role = $1 AND u.id <> $2 AND u.erased_at IS NULL AND ${ACTIVE('$4')}
  AND NOT ${EXCLUDED('u.id', '$2::uuid')} AND ${HOST_FREE_WITH('w.capacity')} AND ${MATCHABLE_IN_ONE_OF(`($6::uuid[])[${index}:${index}]`, role, '$4')}`;

/** What the candidate's card and facts read of the walked member's user row, carried out of the walk (with its type). */
const WALKED_USER: ReadonlyArray<readonly [string, string]> = [
  ['role', 'text'],
  ['created_at', 'timestamptz'],
  ['status', 'text'],
  ['suspended_until', 'timestamptz'],
  ['erased_at', 'timestamptz'],
  ['display_name', 'text'],
];
const WALKED_USER_COLUMNS = WALKED_USER.map(([column]) => `u.${column}`).join(', ');

/**
 * Whether the walk of the `index`th programme is where the member counts: the first programme of
 * `$6` they may be proposed in. Walked and passed on either way, so that a walk never reads on
 * through people counted elsewhere before it hands over its next row.
 */
const COUNTED_HERE = (index: number, role: MatchingRole) => (index === 1 ? 'true' : `NOT ${MATCHABLE_IN_ONE_OF(`($6::uuid[])[1:${index - 1}]`, role, '$4')}`);

/**
 * The programme's members within reach of the subject (`$7`, `$8`, radius `$9` km) and within
 * their own, nearest first. The members within the radius's box come from the programme's GiST
 * index: nearest first as far as needed, or, as PostgreSQL may cost it alike (it takes any box to
 * hold a fixed share of the rows), all of them from a bitmap, sorted. Behind `OFFSET 0` the checks
 * per member stay above either, run in distance order until the limit, never on the whole box.
 */
const WALK_NEARBY = (index: number, role: MatchingRole, limit: string) => `
  SELECT w.id, w.distance, ${WALKED_USER_COLUMNS}, ${COUNTED_HERE(index, role)} AS counted FROM (
    SELECT pm.user_id AS id, pm.capacity, pm.language_codes, ll_to_earth(pm.lat, pm.lon) <-> ll_to_earth($7, $8) AS distance
      FROM ${MEMBERS(index, role)} AND pm.lat IS NOT NULL AND earth_box(ll_to_earth($7, $8), $9::float8 * ${RADIUS_SLACK}) @> ll_to_earth(pm.lat, pm.lon)
        AND earth_distance(ll_to_earth($7, $8), ll_to_earth(pm.lat, pm.lon)) <= least($9::float8, pm.max_distance_km) * ${RADIUS_SLACK}
    ORDER BY distance OFFSET 0) w JOIN users u ON u.id = w.id
  WHERE ${MAY_BE_SUGGESTED(index, role)}
  ORDER BY w.distance LIMIT ${limit}`;

/**
 * The programme's members who meet online, longest waiting first: the walk of the programme's
 * waiting-order index, with the checks per member, stops at the limit.
 */
const WALK_ONLINE = (index: number, role: MatchingRole, alsoRequired: string) => `
  SELECT w.id, NULL::float8 AS distance, w."completedAt", ${WALKED_USER_COLUMNS}, ${COUNTED_HERE(index, role)} AS counted FROM (
    SELECT pm.user_id AS id, pm.capacity, pm.language_codes, pm.completed_at AS "completedAt"
      FROM ${MEMBERS(index, role)} AND pm.meet_online ${alsoRequired}) w JOIN users u ON u.id = w.id
  WHERE ${MAY_BE_SUGGESTED(index, role)}
  ORDER BY w."completedAt", w.id LIMIT $5`;

/** One of a person's memberships, with what matching needs of the programme. */
export interface MembershipFacts extends ProgrammeFacts {
  organisationId: string;
  name: string;
  rules: ProgrammeRules;
}

/**
 * A person with their matching facts in each open programme they are an active member of, and
 * the profile fields the readiness check looks at.
 */
export type PersonRow = Omit<MultiProgrammeRow, 'programmes'> & { programmes: MembershipFacts[]; languageCodes: string[]; placeId: string | null; capacity: number | null };

/** A suggestion candidate, with what their card shows read in the same query. */
export type SuggestionCandidate = MultiProgrammeCandidate & { displayName: string; placeName: string | null; countryCode: string | null; bio: string | null };

/** What a matching round needs of its programme. */
export interface RoundProgramme {
  id: string;
  organisationId: string;
  name: string;
  status: ProgrammeStatus;
  rules: ProgrammeRules;
}

/**
 * Candidate search for suggestions, requests and rounds: the only place these queries live. The
 * WHERE clauses are pre-filters for speed, an index-friendly superset of the eligible; every row
 * carries the facts evaluatePair (domain/pair.ts) needs, and its decision is the final one.
 */
@Injectable()
export class CandidatesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * One person with their matching facts in each of their open programmes (with the programme's
   * organisation, name and rules), whatever their state (null when no such user).
   */
  async findPerson(userId: string, now: Date): Promise<PersonRow | null> {
    const facts = PROGRAMME_FACTS(null, '$2', `, 'organisationId', pr.organisation_id, 'name', pr.name, 'rules', pr.rules`);
    const rows = await this.run<PersonRow>(`SELECT ${BASE_COLUMNS('$2')}, ${facts} AS programmes,
         coalesce(p.language_codes, '{}') AS "languageCodes", p.place_id AS "placeId", p.capacity
       FROM users u LEFT JOIN profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [userId, now],
    );
    return rows[0] ?? null;
  }

  /**
   * Matchable, free people of `role` the subject could be paired with, in one statement: those
   * within reach (nearest first, at most `limit`, so a dense city costs what a village does) plus,
   * when the subject meets online, up to `onlineLimit` others who do (longest waiting first). The
   * subject's own values are passed as constants so PostgreSQL computes their point and box once.
   *
   * Both walks start from the programmes asked for: one walk per programme over its members'
   * copies of their profile (WALK_NEARBY, WALK_ONLINE), merged in candidate order (a Merge Append
   * that reads each walk only as far as the merge needs) and cut at `limit`. Each person counts in
   * the first programme of the list where they may be proposed, so the merge holds them once and
   * its first `limit` are the `limit` nearest (longest waiting) of all the programmes together. The
   * partner card's columns are read for those only.
   */
  findSuggestionCandidates(subject: PersonRow, role: MatchingRole, programmeIds: readonly string[], now: Date, limit: number, onlineLimit = limit): Promise<SuggestionCandidate[]> {
    const located = subject.lat !== null && subject.lon !== null;
    if ((!located && !subject.meetOnline) || programmeIds.length === 0) return Promise.resolve([]);
    const merged = (walks: readonly string[], order: string, limitParameter: string) =>
      `SELECT id, distance, ${WALKED_USER.map(([column]) => column).join(', ')} FROM (${walks.map((walk) => `(${walk})`).join(' UNION ALL ')}) walked
        WHERE counted ORDER BY ${order} LIMIT ${limitParameter}`;
    const nearby = (limitParameter: string) => merged(programmeIds.map((_, index) => WALK_NEARBY(index + 1, role, limitParameter)), 'distance', limitParameter);
    const online = (alsoRequired: string) => merged(programmeIds.map((_, index) => WALK_ONLINE(index + 1, role, alsoRequired)), '"completedAt", id', '$5');
    // The walked users' rows come along as `u`; only their profiles are read again.
    const withColumns = (candidates: string) => `SELECT ${BASE_COLUMNS('$4')}, ${PROGRAMME_FACTS('$6::uuid[]', '$4')} AS programmes, ${PUBLIC_COLUMNS},
        ${EXCLUDED('u.id', '$2::uuid')} AS "excludedWithSubject"
      FROM (${candidates}) u JOIN profiles p ON p.user_id = u.id ORDER BY u.part, u.distance, p.completed_at, u.id`;
    // $5 is the limit of the one walk asked for, or of the online one beside the nearby one's $10.
    const common = (fifth: number) => [role, subject.id, subject.languageCodes, now, fifth, [...programmeIds]];
    if (!located) return this.run<SuggestionCandidate>(withColumns(`SELECT *, 2 AS part FROM (${online('')}) o`), common(onlineLimit));
    const place = [subject.lat, subject.lon, subject.maxDistanceKm ?? 0];
    if (!subject.meetOnline) return this.run<SuggestionCandidate>(withColumns(`SELECT *, 1 AS part FROM (${nearby('$5')}) n`), [...common(limit), ...place]);
    // `<> ALL (ARRAY(...))`, not `NOT IN`: with it the planner keeps walking the waiting-order
    // index as it did with the ids bound; `NOT IN` tipped a third of the online parts into a
    // bitmap scan several times slower (measured on 100k seeded people).
    const alsoOnline = online('AND pm.user_id <> ALL (ARRAY(SELECT id FROM nearby))');
    return this.run<SuggestionCandidate>(`WITH nearby AS (${nearby('$10')})
       ${withColumns(`SELECT *, 1 AS part FROM nearby UNION ALL SELECT *, 2 AS part FROM (${alsoOnline}) o`)}`,
      [...common(onlineLimit), ...place, limit],
    );
  }

  /** Whether either person declined or blocked the other at some point. */
  async isPairExcluded(a: string, b: string): Promise<boolean> {
    const rows = await this.run<{ excluded: boolean }>(`SELECT ${EXCLUDED('$1::uuid', '$2::uuid')} AS excluded`, [a, b]);
    return rows[0]?.excluded === true;
  }

  /** A programme as a round or a request needs it; null when there is no such programme. */
  async findProgramme(programmeId: string): Promise<RoundProgramme | null> {
    const rows = await this.run<RoundProgramme>(`SELECT id, organisation_id AS "organisationId", name, status, rules FROM programmes WHERE id = $1`, [programmeId]);
    return rows[0] ?? null;
  }

  /**
   * Everyone of `role` a round of the programme may propose: active members (read from the
   * memberships' active index), matchable, hosts verified by its organisation, cleared by the checks
   * it requires and with an open slot, migrants without an open match in it. In id order; with
   * `page`, the next `limit` after the id `after` (null: from the start), so a round reads its
   * migrants in batches and never holds all their rows at once.
   */
  findRoundPeople(role: MatchingRole, programme: Pick<RoundProgramme, 'id' | 'organisationId'>, now: Date, page?: { after: string | null; limit: number }): Promise<CandidateRow[]> {
    const programmeFacts =
      role === 'host'
        ? `${VERIFICATION('$3::uuid')} AS verification, ${CHECKS_CLEARED('$3::uuid', '$1')} AS "checksCleared", false AS "hasOpenMatch"`
        : `NULL AS verification, true AS "checksCleared", false AS "hasOpenMatch"`;
    const free = role === 'host' ? `${HOST_FREE} AND ${VERIFICATION('$3::uuid')} = 'verified' AND ${CHECKS_CLEARED('$3::uuid', '$1')}` : `NOT ${OPEN_MATCH_IN('$2::uuid')}`;
    const parameters = role === 'host' ? [now, programme.id, programme.organisationId] : [now, programme.id];
    const [after, limitParameter] = [`$${parameters.length + 1}`, `$${parameters.length + 2}`];
    const keyset = page === undefined ? '' : ` AND (${after}::uuid IS NULL OR u.id > ${after}::uuid)`;
    const limit = page === undefined ? '' : ` LIMIT ${limitParameter}`;
    return this.run<CandidateRow>(`SELECT ${BASE_COLUMNS('$1')}, true AS member, ${programmeFacts}
         FROM programme_memberships pm JOIN users u ON u.id = pm.user_id JOIN profiles p ON p.user_id = u.id
        WHERE pm.programme_id = $2 AND pm.role = ${ROLE_LITERAL[role]} AND pm.status = 'active' AND u.role = ${ROLE_LITERAL[role]}
          AND ${MATCHABLE('$1')} AND ${free}${keyset} ORDER BY u.id${limit}`,
      [...parameters, ...(page === undefined ? [] : [page.after, page.limit])],
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
