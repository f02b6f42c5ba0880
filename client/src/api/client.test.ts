import { afterEach, describe, expect, it } from 'vitest';
import { api, forgetStoredToken, sessionStore } from './client';

/** Requests in tests need an absolute URL; the app's are relative to its own origin. */
const ORIGIN = 'http://localhost:3000';

/** A fetch that records each request and answers with `status`. */
function recordingFetch(status: number, body: unknown = {}) {
  const requests: Request[] = [];
  const fetch = (request: Request): Promise<Response> => {
    requests.push(request);
    return Promise.resolve(new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  };
  return { requests, fetch };
}

describe('the API client and the web session', () => {
  afterEach(() => sessionStore.set(null));

  it('asks sign-up and login for a cookie session, and sends no Authorization header', async () => {
    const { requests, fetch } = recordingFetch(200, { user: {}, csrfToken: 'c' });
    await api.POST('/api/auth/login', { body: { email: 'amal@example.org', password: 'pw' }, fetch, baseUrl: ORIGIN });
    await api.POST('/api/auth/signup', { body: { email: 'amal@example.org', password: 'pw', displayName: 'Amal', role: 'migrant', acceptTerms: true }, fetch, baseUrl: ORIGIN });
    expect(requests.map((request) => request.headers.get('X-Session-Mode'))).toEqual(['cookie', 'cookie']);
    expect(requests.some((request) => request.headers.has('Authorization'))).toBe(false);
  });

  it("sends the session's CSRF token on writes only", async () => {
    sessionStore.set('csrf-of-this-session');
    const { requests, fetch } = recordingFetch(204);
    await api.GET('/api/me', { fetch, baseUrl: ORIGIN });
    await api.DELETE('/api/me/sessions', { fetch, baseUrl: ORIGIN });
    await api.POST('/api/auth/logout', { fetch, baseUrl: ORIGIN });
    expect(requests.map((request) => [request.method, request.headers.get('X-CSRF-Token')])).toEqual([
      ['GET', null],
      ['DELETE', 'csrf-of-this-session'],
      ['POST', 'csrf-of-this-session'],
    ]);
  });

  it('ends the session here when the server refuses it, but not for a failed login', async () => {
    sessionStore.set('csrf-of-this-session');
    await api.POST('/api/auth/login', { body: { email: 'amal@example.org', password: 'wrong' }, fetch: recordingFetch(401).fetch, baseUrl: ORIGIN });
    expect(sessionStore.get()).toBe('csrf-of-this-session');
    await api.GET('/api/me', { fetch: recordingFetch(401).fetch, baseUrl: ORIGIN });
    expect(sessionStore.get()).toBeNull();
  });

  it('drops a bearer token an earlier version stored, and never stores one itself', async () => {
    localStorage.setItem('cg.accessToken', 'an-old-token');
    forgetStoredToken();
    expect(localStorage.getItem('cg.accessToken')).toBeNull();
    await api.POST('/api/auth/login', { body: { email: 'amal@example.org', password: 'pw' }, fetch: recordingFetch(200, { user: {}, csrfToken: 'c' }).fetch, baseUrl: ORIGIN });
    expect(Object.keys(localStorage).filter((key) => /token|session/i.test(key))).toEqual([]);
  });
});
