/**
 * Organisations, programmes and check-ins, by hand: these types mirror API.md "Organisations and
 * programmes" (and its "Check-ins") until the server's OpenAPI document describes them and
 * `npm run api:types` generates them into schema.d.ts. Then this file shrinks to aliases.
 */
import type { Client } from 'openapi-fetch';
import { api, type User } from '../api/client';

export type Gender = 'female' | 'male' | 'nonbinary' | 'unspecified';
export type Meeting = 'in-person' | 'online' | 'either';
export type ProgrammeStatus = 'draft' | 'open' | 'closed';
export type AccountRole = User['role'] | 'admin';
export type MemberRole = 'migrant' | 'host';

export interface Organisation {
  id: string;
  name: string;
  countryCode: string;
  createdAt: string;
}

/** One side of a pair (the newcomer or the volunteer); absent or null means no rule. */
export interface SideRules {
  genders?: Gender[] | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export interface ProgrammeRules {
  migrant?: SideRules | null;
  host?: SideRules | null;
  sameGender?: boolean | null;
  languages?: string[] | null;
  meeting?: Meeting | null;
  matchWeeks?: number | null;
  checkInWeeks?: number | null;
}

export interface ProgrammeRegion {
  countryCodes: string[];
  placeId?: string | null;
  radiusKm?: number | null;
  /** Not in the contract: the place's name, when the server sends it (staff see the id otherwise). */
  place?: { id: string; name: string; countryCode: string } | null;
}

export interface Programme {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  status: ProgrammeStatus;
  region: ProgrammeRegion;
  rules: ProgrammeRules;
  createdAt: string;
}

export interface ProgrammeInput {
  name: string;
  description: string;
  region: Omit<ProgrammeRegion, 'place'>;
  rules: ProgrammeRules;
  status?: ProgrammeStatus;
  /** Admins only: the organisation the programme belongs to. */
  organisationId?: string;
}

export interface Membership {
  programme: { id: string; name: string; organisationId: string; organisationName: string };
  role: AccountRole;
  status: 'active' | 'left';
  verification: 'pending' | 'verified' | 'rejected' | null;
  joinedAt: string;
}

export interface JoinProgrammeInput {
  programmeId: string;
  shareHistory?: boolean;
}

/** An account as the programme routes answer it: the generated `user` plus what the contract adds. */
export type Account = Omit<User, 'role'> & { role: AccountRole; organisationId?: string | null; memberships?: Membership[] };

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

export interface CheckIn {
  id: string;
  matchId: string;
  programmeId: string;
  userId: string;
  score: number;
  comment: string | null;
  wantsContact: boolean;
  createdAt: string;
}

export interface CheckInInput {
  score: number;
  comment?: string;
  wantsContact?: boolean;
}

type MatchStatusCounts = Record<'proposed' | 'active' | 'declined' | 'expired' | 'ended', number>;

/** GET /api/staff/programmes/:id/stats; the last two figures may be missing from older servers. */
export interface ProgrammeStats {
  programmeId: string;
  participants: { migrant: number; host: number };
  hostsPending: number;
  waitingMigrants: number;
  medianWaitDays: number | null;
  matches: MatchStatusCounts;
  meetups: { confirmed: number; happened: number };
  openReports: number;
  medianDaysToFirstMatch: number | null;
  meanCheckInScore: number | null;
  checkIns?: { count: number; byScore: Record<string, number> };
  firstMatchesByMonth?: Array<{ month: string; count: number }>;
}

export interface NewStaffInput {
  email: string;
  password: string;
  displayName: string;
}

// The shapes openapi-fetch reads from a generated `paths`, so these routes are called like the others.
interface Json<Body> {
  content: { 'application/json': Body };
}
interface Answer<Body> {
  headers: Record<string, unknown>;
  content: { 'application/json': Body };
}
interface NoContent {
  headers: Record<string, unknown>;
  content?: never;
}
interface Params<Path = never, Query = never> {
  query?: [Query] extends [never] ? never : Query;
  header?: never;
  path: [Path] extends [never] ? never : Path;
  cookie?: never;
}
type Op<P, Responses, Body = never> = { parameters: P; responses: Responses } & ([Body] extends [never] ? { requestBody?: never } : { requestBody: Json<Body> });
type Id = { id: string };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Route<Methods> = { parameters: NoParams } & Methods;

export interface ProgrammePaths {
  '/api/programmes': Route<{ get: Op<{ query?: { placeId?: string }; header?: never; path?: never; cookie?: never }, { 200: Answer<Programme[]> }> }>;
  '/api/programmes/{id}': Route<{ get: Op<Params<Id>, { 200: Answer<Programme> }> }>;
  '/api/me/programmes': Route<{
    get: Op<NoParams, { 200: Answer<Membership[]> }>;
    post: Op<NoParams, { 201: Answer<Membership> }, JoinProgrammeInput>;
  }>;
  '/api/me/programmes/{programmeId}': Route<{ delete: Op<Params<{ programmeId: string }>, { 204: NoContent }> }>;
  '/api/matches/{id}/check-ins': Route<{ post: Op<Params<Id>, { 201: Answer<CheckIn> }, CheckInInput> }>;
  '/api/staff/programmes': Route<{
    get: Op<NoParams, { 200: Answer<Programme[]> }>;
    post: Op<NoParams, { 201: Answer<Programme> }, ProgrammeInput>;
  }>;
  '/api/staff/programmes/{id}': Route<{ patch: Op<Params<Id>, { 200: Answer<Programme> }, Partial<ProgrammeInput>> }>;
  '/api/staff/programmes/{id}/members': Route<{
    get: Op<Params<Id, { role?: MemberRole; cursor?: string; limit?: number }>, { 200: Answer<Page<Account>> }>;
  }>;
  '/api/staff/programmes/{id}/stats': Route<{ get: Op<Params<Id>, { 200: Answer<ProgrammeStats> }> }>;
  '/api/staff/programmes/{id}/export.csv': Route<{
    get: Op<Params<Id>, { 200: { headers: Record<string, unknown>; content: { 'text/csv': string } } }>;
  }>;
  '/api/staff/check-ins': Route<{
    get: Op<{ query?: { programmeId?: string; attention?: boolean; cursor?: string; limit?: number }; header?: never; path?: never; cookie?: never }, { 200: Answer<Page<CheckIn>> }>;
  }>;
  '/api/admin/organisations': Route<{
    get: Op<NoParams, { 200: Answer<Organisation[]> }>;
    post: Op<NoParams, { 201: Answer<Organisation> }, { name: string; countryCode: string }>;
  }>;
  '/api/admin/organisations/{id}/staff': Route<{ post: Op<Params<Id>, { 201: Answer<Account> }, NewStaffInput> }>;
}

/** The app's one client (same token, language and middleware), typed for the routes above. */
export const programmeApi = api as unknown as Client<ProgrammePaths>;
