import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, renderHook } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Match, PublicUser, User } from '../api/client';
import { createQueryClient } from './query-client';

/** What openapi-fetch resolves to for one answer of the server (typed to stand in for any route's). */
export function answer(status: number, body?: unknown): Promise<never> {
  const ok = status < 300;
  return Promise.resolve({ ...(ok ? { data: body } : { error: body }), response: new Response(null, { status }) }) as Promise<never>;
}

function wrapperFor(queryClient: QueryClient) {
  return function DataWrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  };
}

/** Renders a component with a fresh cache of its own, configured as the app's is. */
export function renderWithData(ui: ReactElement, queryClient = createQueryClient()) {
  return { ...render(ui, { wrapper: wrapperFor(queryClient) }), queryClient };
}

/** Runs hooks against a fresh cache of their own, configured as the app's is. */
export function renderDataHook<Result>(hook: () => Result, queryClient = createQueryClient()) {
  return { ...renderHook(hook, { wrapper: wrapperFor(queryClient) }), queryClient };
}

export function makeUser(patch: Partial<User> = {}): User {
  return {
    id: '00000000-0000-4000-8000-000000000001', email: 'amal@example.org', displayName: 'Amal', role: 'migrant', status: 'active',
    verification: null, profile: null, profileComplete: true, missing: [], suspendedUntil: null, createdAt: '2026-01-05T10:00:00.000Z',
    memberships: [], organisationId: null, emailVerified: true, locale: 'en',
    ...patch,
  };
}

export function makePerson(patch: Partial<PublicUser> = {}): PublicUser {
  return {
    id: '00000000-0000-4000-8000-000000000002', displayName: 'Joost', role: 'host', bio: null, distanceKm: 3, interests: [], languages: [],
    learning: [], place: null, ...patch,
  };
}

export function makeMatch(patch: Partial<Match> = {}): Match {
  return {
    id: '00000000-0000-4000-8000-0000000000aa', status: 'proposed', acceptedByHost: false, acceptedByMigrant: true, activatedAt: null,
    createdAt: '2026-05-01T10:00:00.000Z', endedAt: null, score: 72, reasons: [], programmeId: '00000000-0000-4000-8000-000000000002',
    migrant: makePerson({ id: '00000000-0000-4000-8000-000000000001', displayName: 'Amal', role: 'migrant' }), host: makePerson(),
    ...patch,
  };
}
