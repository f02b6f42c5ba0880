import { randomUUID } from 'node:crypto';
import { DEFAULT_PROGRAMME_ID } from '../../src/organisations/domain/programme.js';
import type { TestApp } from './test-app.js';

export interface SignedUpUser {
  accessToken: string;
  id: string;
  email: string;
  password: string;
  role: string;
}

export const STRONG_PASSWORD = 'violet-tram-Rotterdam-42';

export function signupBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email: `person-${randomUUID()}@example.org`,
    password: STRONG_PASSWORD,
    displayName: 'Amal',
    role: 'migrant',
    acceptTerms: true,
    ...overrides,
  };
}

export async function signUp(t: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedUpUser> {
  const body = signupBody(overrides);
  const response = await t.http().post('/api/auth/signup').send(body).expect(201);
  const payload = response.body as { accessToken: string; user: { id: string; role: string } };
  return { accessToken: payload.accessToken, id: payload.user.id, email: String(body.email), password: String(body.password), role: payload.user.role };
}

export function bearer(user: { accessToken: string }): Record<string, string> {
  return { Authorization: `Bearer ${user.accessToken}` };
}

/** Staff are never created by sign-up; tests create them the way the CLI does, then log in. */
export async function createStaff(t: TestApp, options: { role?: 'staff' | 'admin'; organisationId?: string | null } = {}): Promise<SignedUpUser> {
  const { AuthService } = await import('../../src/auth/auth.service.js');
  const email = `staff-${randomUUID()}@example.org`;
  const role = options.role ?? 'staff';
  const user = await t.app.get(AuthService).createAccount({
    email,
    password: STRONG_PASSWORD,
    displayName: role === 'admin' ? 'Administrator' : 'Coordinator',
    role,
    organisationId: options.organisationId,
    termsAcceptedAt: new Date(),
  });
  const response = await t.http().post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
  return { accessToken: (response.body as { accessToken: string }).accessToken, id: user.id, email, password: STRONG_PASSWORD, role };
}

/** A complete profile in Amsterdam (GeoNames 2759794); override any field. */
export function profileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bio: 'I like long walks and cooking together.',
    birthYear: 1985,
    gender: 'female',
    partnerGender: 'any',
    placeId: '2759794',
    maxDistanceKm: 15,
    meetOnline: false,
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    learning: ['nl'],
    interests: ['cooking', 'gardening'],
    availability: [{ day: 1, start: '18:00', end: '21:00' }],
    timezone: 'Europe/Amsterdam',
    ...overrides,
  };
}

export async function withProfile(t: TestApp, user: SignedUpUser, overrides: Record<string, unknown> = {}): Promise<SignedUpUser> {
  const input = profileInput(user.role === 'host' ? { capacity: 2, ...overrides } : overrides);
  await t.http().put('/api/me/profile').set(bearer(user)).send(input).expect(200);
  return user;
}

export async function verifyHost(t: TestApp, staff: SignedUpUser, host: SignedUpUser): Promise<void> {
  await t.http().post(`/api/staff/volunteers/${host.id}/verify`).set(bearer(staff)).send({ note: 'References checked' }).expect(200);
}

/** An active match between the two, straight through the repository (the match lifecycle is not needed). */
export async function activeMatch(t: TestApp, migrant: { id: string }, host: { id: string }): Promise<{ id: string }> {
  const { MatchesRepository } = await import('../../src/matches/matches.repository.js');
  const matches = t.app.get(MatchesRepository);
  const match = await matches.insertProposal({ programmeId: DEFAULT_PROGRAMME_ID, matchWeeks: null, checkInWeeks: null, migrantId: migrant.id, hostId: host.id, score: 80, reasons: [], proposedBy: null, runId: null, acceptedByMigrant: true, acceptedByHost: true });
  match.status = 'active';
  match.activatedAt = new Date();
  await matches.save(match);
  return { id: match.id };
}

export interface ProposedMatch {
  id: string;
  migrantId: string;
  hostId: string;
}

export interface ProposeOptions {
  acceptedByMigrant?: boolean;
  acceptedByHost?: boolean;
  /** Who asked for it (counts as having accepted in the real flow); null for a matching round. */
  proposedBy?: string | null;
  programmeId?: string;
  matchWeeks?: number | null;
  checkInWeeks?: number | null;
}

/**
 * A proposal written the way matching writes one (repository insert, then `match.proposed` after
 * commit), so lifecycle tests need not go through eligibility.
 */
export async function proposeMatch(t: TestApp, migrant: { id: string }, host: { id: string }, options: ProposeOptions = {}): Promise<ProposedMatch> {
  const { MatchLifecycle } = await import('../../src/matches/match-lifecycle.js');
  const [match] = await t.app.get(MatchLifecycle).propose([{
    programmeId: options.programmeId ?? DEFAULT_PROGRAMME_ID,
    matchWeeks: options.matchWeeks ?? null,
    checkInWeeks: options.checkInWeeks ?? null,
    migrantId: migrant.id,
    hostId: host.id,
    score: 72,
    reasons: [{ factor: 'language', score: 1, detail: 'You both speak Arabic', code: 'language.shared', params: { languages: ['ar'] } }],
    proposedBy: options.proposedBy ?? null,
    runId: null,
    acceptedByMigrant: options.acceptedByMigrant ?? false,
    acceptedByHost: options.acceptedByHost ?? false,
  }]);
  return { id: match.id, migrantId: match.migrantId, hostId: match.hostId };
}

/** A migrant and a host, both with complete profiles; the host takes `capacity` partners. */
export async function pairOfPeople(t: TestApp, options: { capacity?: number } = {}): Promise<{ migrant: SignedUpUser; host: SignedUpUser }> {
  const migrant = await withProfile(t, await signUp(t, { displayName: 'Amal' }));
  const host = await withProfile(t, await signUp(t, { role: 'host', displayName: 'Joost' }), { capacity: options.capacity ?? 2 });
  return { migrant, host };
}

/** Polls until `check` stops throwing (for effects of events handled after the response). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
