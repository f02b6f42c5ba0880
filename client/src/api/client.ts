import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type User = components['schemas']['UserView'];
export type Profile = components['schemas']['ProfileView'];
export type ProfileInput = components['schemas']['ProfileInputDto'];
export type LanguageInput = components['schemas']['LanguageInput'];
export type AvailabilityWindow = components['schemas']['AvailabilityInput'];
export type Place = components['schemas']['PlaceView'];
type Schemas = components['schemas'];
export type PublicUser = Schemas['PublicUserView'];
export type Reason = Schemas['ReasonView'];
export type Match = Schemas['MatchView'];
export type DeclineReason = NonNullable<Schemas['DeclineMatchDto']['reasonCode']>;
export type AppNotification = Schemas['NotificationView'];
export type Meetup = Schemas['MeetupView'];
export type Slot = Schemas['MeetupSlotView'];
export type ReportReason = Schemas['CreateReportDto']['reason'];
export type ResolveAction = Schemas['ResolveReportDto']['action'];
export type Report = Schemas['QueuedReportView'];
export type StaffMessage = Schemas['StaffMessageView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type PersonRow = Schemas['PersonRowView'];
export type PersonPage = Schemas['PersonPageView'];
export type StaffMatchRow = Schemas['StaffMatchRowView'];
export type ProgrammeWaiting = Schemas['ProgrammeWaitingView'];
export type PeopleSort = NonNullable<NonNullable<paths['/api/staff/people']['get']['parameters']['query']>['sort']>;
export type StaffStats = Schemas['StaffStatsView'];
export type Suggestion = Schemas['SuggestionView'];
export type MatchingRun = Schemas['RunView'];
export type RunPair = Schemas['RunPairView'];
export type CommittedRun = Schemas['CommitRunView'];

/**
 * The session lives in an httpOnly cookie no script can read; what this tab keeps is the session's
 * CSRF token (in memory only), sent on every write. `undefined` until the server has been asked
 * whether the cookie holds a session; `null` when signed out. Listeners hear every change.
 */
export type SessionState = string | null | undefined;

export const sessionStore = {
  listeners: new Set<(state: SessionState, previous: SessionState) => void>(),
  state: undefined as SessionState,
  get(): SessionState {
    return this.state;
  },
  set(next: string | null): void {
    const previous = this.state;
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  },
};

/**
 * Earlier versions kept a bearer token in localStorage. It is dropped unread: the person signs in
 * again and gets a cookie session; no script-readable token outlives this version.
 */
export function forgetStoredToken(): void {
  try {
    localStorage.removeItem('cg.accessToken');
  } catch {
    // Storage can be unavailable (private modes); then nothing was stored either.
  }
}
forgetStoredToken();

let currentLanguage = 'en';
/** The interface language, sent as Accept-Language so reference data comes back in it. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

const SIGN_IN_PATHS = new Set(['/api/auth/login', '/api/auth/signup']);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function pathOf(request: Request): string {
  return new URL(request.url, 'http://localhost').pathname;
}

/** Same-origin requests carry the session cookie by themselves (fetch's default `credentials: 'same-origin'`). */
const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage);
    if (SIGN_IN_PATHS.has(pathOf(request))) request.headers.set('X-Session-Mode', 'cookie');
    const csrfToken = sessionStore.get();
    if (typeof csrfToken === 'string' && !READS.has(request.method.toUpperCase())) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A session the server no longer accepts (logout elsewhere, erasure, expiry) ends here too.
    if (response.status === 401 && typeof sessionStore.get() === 'string' && !SIGN_IN_PATHS.has(pathOf(request))) sessionStore.set(null);
    return response;
  },
};

/** Typed calls for every route in the generated OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(sessionMiddleware);

