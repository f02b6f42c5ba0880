/**
 * TEMPORARY: hand-written types for the contract routes the server does not serve yet (matching,
 * matches, notifications, chat, meetups, moderation), mirroring /work/shared/contract/API.md.
 * When those routes land, run `npm run api:types`, switch `pendingApi` calls to `api`, and delete
 * this file. Shapes follow openapi-typescript's output so openapi-fetch types the calls the same way.
 */
import type { components } from './schema';

type Json<T> = { content: { 'application/json': T } };
type Ok<T, S extends number = 200> = { [K in S]: { headers: Record<string, unknown> } & Json<T> };
type NoContent = { 204: { headers: Record<string, unknown>; content?: never } };
type Params<Path = never, Query = never> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never] ? { path?: never } : { path: Path });
type Get<R, Path = never, Query = never> = { parameters: Params<Path, Query>; requestBody?: never; responses: R };
type Send<B, R, Path = never> = { parameters: Params<Path>; requestBody: Json<B>; responses: R };
type IdPath = { id: string };

type LanguageInput = components['schemas']['LanguageInput'];
export type PublicUser = components['schemas']['PublicUserView'];
export type ReasonFactor = 'language' | 'distance' | 'interests' | 'availability' | 'waiting';
export type Reason = components['schemas']['ReasonView'];
export interface Suggestion { partner: PublicUser; score: number; reasons: Reason[] }
export type MatchStatus = 'proposed' | 'active' | 'declined' | 'expired' | 'ended';
export interface Match {
  id: string; status: MatchStatus; migrant: PublicUser; host: PublicUser; score: number; reasons: Reason[];
  acceptedByMigrant: boolean; acceptedByHost: boolean; createdAt: string; activatedAt: string | null; endedAt: string | null;
}
export interface MatchingRun {
  id: string; status: 'running' | 'finished' | 'failed'; createdAt: string; finishedAt: string | null; participants: number;
  proposals: number; totalScore: number; algorithm: string; durationMs: number | null; dryRun: boolean;
}
export interface AppNotification { id: string; type: string; data: Record<string, unknown>; createdAt: string; readAt?: string | null }
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface Message { id: string; matchId: string; seq: number; senderId: string; clientId: string; body: string | null; createdAt: string }
export type MeetupStatus = 'proposed' | 'confirmed' | 'declined' | 'cancelled';
export interface Meetup {
  id: string; matchId: string; status: MeetupStatus; startsAt: string; endsAt: string; durationMinutes: number; place: string | null;
  online: boolean; note: string | null; proposedBy: string; createdAt: string; updatedAt: string;
}
export interface MeetupInput { startsAt: string; durationMinutes: number; place?: string; online?: boolean; note?: string }
export interface Slot { startsAt: string; endsAt: string }
export interface FeedbackInput { happened: boolean; rating?: number; comment?: string; concern?: boolean }
export type ReportReason = 'harassment' | 'spam' | 'safety' | 'inappropriate' | 'other';
export type ResolveAction = 'dismiss' | 'hide_message' | 'warn_user' | 'suspend_user' | 'end_match';
export interface Report {
  id: string; source: 'user' | 'auto'; reason: string; details: string | null; status: 'open' | 'resolved'; messageId: string | null;
  matchId: string | null; userId: string | null; reporterId: string | null; flags: string[]; createdAt: string; resolvedAt: string | null;
  resolution: unknown;
}
export interface AuditEntry { id: string; actorId: string; action: string; targetType: string; targetId: string; note: string | null; createdAt: string }
/** The contract names these counts but not their exact shape; every part is read defensively. */
export interface StaffStats {
  participants?: Record<string, number>; hostsPending?: number; waitingMigrants?: number; medianWaitDays?: number | null;
  matchesByStatus?: Record<string, number>; meetups?: { confirmed?: number; happened?: number }; openReports?: number;
  /** Optional time series; the dashboard draws lines when the server provides it. */
  history?: Array<{ date: string; waitingMigrants?: number; matchesByStatus?: Record<string, number>; meetupsHappened?: number }>;
}
type User = components['schemas']['UserView'];

export interface PendingPaths {
  '/api/matching/suggestions': { get: Get<Ok<Suggestion[]>, never, { limit?: number }> };
  '/api/matches': { get: Get<Ok<Match[]>>; post: Send<{ partnerId: string }, Ok<Match, 201>> };
  '/api/matches/{id}': { get: Get<Ok<Match>, IdPath> };
  '/api/matches/{id}/accept': { post: Send<Record<string, never>, Ok<Match>, IdPath> };
  '/api/matches/{id}/decline': { post: Send<{ reason?: string }, Ok<Match>, IdPath> };
  '/api/matches/{id}/end': { post: Send<{ reason?: string }, Ok<Match>, IdPath> };
  '/api/users/{id}/block': { post: Send<{ reason?: string }, NoContent, IdPath> };
  '/api/staff/matching/runs': { post: Send<{ dryRun?: boolean }, Ok<MatchingRun, 201>> };
  '/api/staff/matching/runs/{id}': { get: Get<Ok<MatchingRun>, IdPath> };
  '/api/notifications': { get: Get<Ok<Page<AppNotification>>, never, { limit?: number; cursor?: string }> };
  '/api/notifications/read': { post: Send<{ ids: string[] }, NoContent> };
  '/api/matches/{id}/messages': { get: Get<Ok<Page<Message>>, IdPath, { afterSeq?: number; limit?: number }> };
  '/api/matches/{id}/meetups': { get: Get<Ok<Meetup[]>, IdPath>; post: Send<MeetupInput, Ok<Meetup, 201>, IdPath> };
  '/api/matches/{id}/meetup-slots': { get: Get<Ok<Slot[]>, IdPath, { from?: string; to?: string }> };
  '/api/meetups': { get: Get<Ok<Meetup[]>, never, { when?: 'upcoming' | 'past' }> };
  '/api/meetups/{id}': { patch: Send<Partial<MeetupInput>, Ok<Meetup>, IdPath> };
  '/api/meetups/{id}/accept': { post: Send<Record<string, never>, Ok<Meetup>, IdPath> };
  '/api/meetups/{id}/decline': { post: Send<{ reason?: string }, Ok<Meetup>, IdPath> };
  '/api/meetups/{id}/cancel': { post: Send<{ reason?: string }, Ok<Meetup>, IdPath> };
  '/api/meetups/{id}/feedback': { post: Send<FeedbackInput, Ok<Record<string, unknown>, 201>, IdPath> };
  '/api/reports': { post: Send<{ messageId?: string; userId?: string; matchId?: string; reason: ReportReason; details?: string }, Ok<Report, 201>> };
  '/api/staff/reports': { get: Get<Ok<Page<Report>>, never, { status?: 'open' | 'resolved'; limit?: number; cursor?: string }> };
  '/api/staff/reports/{id}/resolve': { post: Send<{ action: ResolveAction; note: string; suspendDays?: number }, Ok<Report>, IdPath> };
  '/api/staff/matches/{id}/messages': { get: Get<Ok<Message[] | Page<Message>>, IdPath> };
  '/api/staff/messages/{id}/hide': { post: Send<{ note: string }, Ok<unknown>, IdPath> };
  '/api/staff/users/{id}/suspend': { post: Send<{ reason: string; days?: number }, Ok<User>, IdPath> };
  '/api/staff/users/{id}/unsuspend': { post: Send<{ note?: string }, Ok<User>, IdPath> };
  '/api/staff/audit-log': { get: Get<Ok<Page<AuditEntry>>, never, { actorId?: string; action?: string; targetId?: string; cursor?: string }> };
  '/api/staff/stats': { get: Get<Ok<StaffStats>> };
}
