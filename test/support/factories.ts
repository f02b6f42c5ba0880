import { randomUUID } from 'node:crypto';
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
export async function createStaff(t: TestApp): Promise<SignedUpUser> {
  const { AuthService } = await import('../../src/auth/auth.service.js');
  const email = `staff-${randomUUID()}@example.org`;
  const user = await t.app.get(AuthService).createAccount({ email, password: STRONG_PASSWORD, displayName: 'Coordinator', role: 'staff', termsAcceptedAt: new Date() });
  const response = await t.http().post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
  return { accessToken: (response.body as { accessToken: string }).accessToken, id: user.id, email, password: STRONG_PASSWORD, role: 'staff' };
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

/**
 * An active match between two signed-up people, written straight through the repository (the
 * lifecycle routes are tested on their own). Participants only need accounts, not profiles.
 */
export async function activeMatch(t: TestApp, migrant: { id: string }, host: { id: string }): Promise<{ id: string }> {
  const { MatchesRepository } = await import('../../src/matches/matches.repository.js');
  const matches = t.app.get(MatchesRepository);
  const match = await matches.insertProposal({
    migrantId: migrant.id,
    hostId: host.id,
    score: 50,
    reasons: [],
    proposedBy: null,
    runId: null,
    acceptedByMigrant: true,
    acceptedByHost: true,
  });
  match.status = 'active';
  match.activatedAt = new Date();
  await matches.save(match);
  return { id: match.id };
}
