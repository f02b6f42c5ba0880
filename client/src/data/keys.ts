import type { QueryParams } from './contract';
import type { MemberRole } from './programme-api';

export type MeetupPeriod = NonNullable<QueryParams<'/api/meetups', 'get'>['when']>;
export type VolunteerFilter = NonNullable<QueryParams<'/api/staff/volunteers', 'get'>['verification']>;
export type PeopleQuery = QueryParams<'/api/staff/people', 'get'>;
export type StaffMatchesQuery = QueryParams<'/api/staff/matches', 'get'>;
export type RunPairSort = NonNullable<QueryParams<'/api/staff/matching/runs/{id}/pairs', 'get'>['sort']>;
export type AuditFilters = Pick<QueryParams<'/api/staff/audit-log', 'get'>, 'actorId' | 'action' | 'targetId'>;
export type AuditOrder = NonNullable<QueryParams<'/api/staff/audit-log', 'get'>['order']>;
export type MemberOrder = NonNullable<QueryParams<'/api/staff/programmes/{id}/members', 'get'>['order']>;

/**
 * Every query key, one factory per resource. Keys nest (`['matches']` ⊃ `['matches', 'detail', id]`),
 * so invalidating a resource's `all()` refreshes each of its lists and details.
 */
export const keys = {
  me: () => ['me'] as const,
  preferences: () => ['preferences'] as const,
  devices: () => ['devices'] as const,
  reference: {
    languages: (locale: string) => ['reference', 'languages', locale] as const,
    interests: () => ['reference', 'interests'] as const,
    places: (query: string) => ['reference', 'places', query] as const,
  },
  suggestions: {
    all: () => ['suggestions'] as const,
    list: (limit: number) => ['suggestions', 'list', limit] as const,
  },
  matches: {
    all: () => ['matches'] as const,
    list: () => ['matches', 'list'] as const,
    detail: (id: string) => ['matches', 'detail', id] as const,
  },
  meetups: {
    all: () => ['meetups'] as const,
    mine: (when: MeetupPeriod) => ['meetups', 'mine', when] as const,
    ofMatch: (matchId: string) => ['meetups', 'match', matchId] as const,
    slots: (matchId: string) => ['meetups', 'slots', matchId] as const,
  },
  notifications: {
    all: () => ['notifications'] as const,
    list: () => ['notifications', 'list'] as const,
  },
  staff: {
    all: () => ['staff'] as const,
    volunteers: (filter: VolunteerFilter | 'all') => ['staff', 'volunteers', filter] as const,
    reports: () => ['staff', 'reports', 'open'] as const,
    stats: () => ['staff', 'stats'] as const,
    auditLog: (filters: AuditFilters, order: AuditOrder) => ['staff', 'audit-log', filters, order] as const,
    run: (id: string) => ['staff', 'matching-runs', id] as const,
    runPairs: (id: string, sort: RunPairSort, page: number) => ['staff', 'matching-runs', id, 'pairs', sort, page] as const,
    programmes: () => ['staff', 'programmes'] as const,
    members: (programmeId: string, role: MemberRole | 'all', order: MemberOrder) => ['staff', 'programmes', programmeId, 'members', role, order] as const,
    programmeStats: (programmeId: string) => ['staff', 'programmes', programmeId, 'stats'] as const,
    checkIns: (programmeId: string) => ['staff', 'check-ins', programmeId, 'attention'] as const,
    checks: (userId: string) => ['staff', 'volunteers', 'checks', userId] as const,
    organisation: () => ['staff', 'organisation'] as const,
    people: (query: PeopleQuery) => ['staff', 'people', 'search', query] as const,
    person: (userId: string) => ['staff', 'people', userId] as const,
    emails: (userId: string) => ['staff', 'people', userId, 'emails'] as const,
    matches: (query: StaffMatchesQuery) => ['staff', 'matches', 'list', query] as const,
    waiting: () => ['staff', 'matches', 'waiting'] as const,
  },
  programmes: {
    all: () => ['programmes'] as const,
    near: (placeId: string) => ['programmes', 'near', placeId] as const,
    open: () => ['programmes', 'open'] as const,
    mine: () => ['programmes', 'mine'] as const,
  },
  admin: {
    organisations: () => ['admin', 'organisations'] as const,
  },
} as const;
