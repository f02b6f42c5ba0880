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
export type StaffStats = Schemas['StaffStatsView'];
export type Suggestion = Schemas['SuggestionView'];
export type MatchingRun = Schemas['RunView'];

const TOKEN_KEY = 'cg.accessToken';

/** The bearer token, kept across reloads; listeners hear when it appears, changes or is revoked. */
export const tokenStore = {
  listeners: new Set<(token: string | null) => void>(),
  get(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  set(token: string | null): void {
    if (token === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, token);
    for (const listener of this.listeners) listener(token);
  },
};

let currentLanguage = 'en';
/** The interface language, sent as Accept-Language so reference data comes back in it. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage);
    return request;
  },
  onResponse({ request, response }) {
    // A token the server no longer accepts (logout elsewhere, erasure, expiry) ends the session here too.
    if (response.status === 401 && request.headers.has('Authorization')) tokenStore.set(null);
    return response;
  },
};

/** Typed calls for every route in the generated OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(authMiddleware);

