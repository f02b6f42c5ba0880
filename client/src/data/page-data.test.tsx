import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, sessionStore } from '../api/client';
import { keys } from './keys';
import { prefetchPageData } from './page-data';
import { createQueryClient } from './query-client';
import { openSession, useWebSession } from './session';
import { answer, renderDataHook } from './test-support';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function calls(get: { mock: { calls: ReadonlyArray<readonly unknown[]> } }): string[] {
  return get.mock.calls.map(([path]) => String(path));
}

describe('reading a page’s data ahead', () => {
  it('reads the profile’s language list in the interface language, and the interests', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    const queryClient = createQueryClient();
    prefetchPageData(queryClient, { name: 'profile' }, 'nl');
    await waitFor(() => expect(queryClient.getQueryData(keys.reference.languages('nl'))).toEqual([]));
    expect(queryClient.getQueryData(keys.reference.interests())).toEqual([]);
    expect(calls(get).sort()).toEqual(['/api/interests', '/api/languages']);
  });

  it('reads nothing ahead for other pages', () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    for (const page of [{ name: 'suggestions' }, { name: 'matches' }, { name: 'match', matchId: 'm1' }, { name: 'home' }] as const) prefetchPageData(createQueryClient(), page, 'en');
    expect(get).not.toHaveBeenCalled();
  });
});

describe('the session’s first answer', () => {
  it('keeps what was read ahead with the same cookie; a later change of session empties the cache', async () => {
    sessionStore.state = undefined;
    vi.spyOn(api, 'GET').mockImplementation((path) => (path === '/api/auth/csrf' ? answer(200, { csrfToken: 'token-1' }) : answer(200, [])));
    const queryClient = createQueryClient();
    queryClient.setQueryData(keys.reference.interests(), []);

    const { result } = renderDataHook(() => useWebSession(), queryClient);
    await waitFor(() => expect(result.current).toBe('token-1'));
    expect(queryClient.getQueryData(keys.reference.interests())).toEqual([]);

    sessionStore.set(null);
    await waitFor(() => expect(result.current).toBeNull());
    expect(queryClient.getQueryData(keys.reference.interests())).toBeUndefined();
  });
});

describe('opening the session', () => {
  it('asks whose session it is as soon as the cookie is known to hold one', async () => {
    sessionStore.state = undefined;
    const amal = { id: 'u1', displayName: 'Amal' };
    const get = vi.spyOn(api, 'GET').mockImplementation((path) => (path === '/api/auth/csrf' ? answer(200, { csrfToken: 'token-2' }) : answer(200, amal)));
    const queryClient = createQueryClient();
    await openSession(queryClient);
    expect(calls(get)).toEqual(['/api/auth/csrf', '/api/me']);
    expect(queryClient.getQueryData(keys.me())).toEqual(amal);
  });

  it('asks nothing more of a signed-out visitor', async () => {
    sessionStore.state = undefined;
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, { csrfToken: null }));
    const queryClient = createQueryClient();
    await openSession(queryClient);
    expect(calls(get)).toEqual(['/api/auth/csrf']);
    expect(sessionStore.get()).toBeNull();
  });
});
