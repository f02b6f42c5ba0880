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
