import { randomUUID } from 'node:crypto';
import { csrfKey, csrfTokenFor, isCsrfTokenOf, isUnsafeMethod } from './csrf-token.js';

describe('CSRF tokens', () => {
  const key = csrfKey('a-server-secret-of-at-least-32-characters');
  const sessionId = randomUUID();

  it("accepts the session's own token only", () => {
    const token = csrfTokenFor(key, sessionId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isCsrfTokenOf(key, sessionId, token)).toBe(true);
    expect(isCsrfTokenOf(key, randomUUID(), token)).toBe(false);
    expect(isCsrfTokenOf(key, sessionId, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(isCsrfTokenOf(key, sessionId, '')).toBe(false);
    expect(isCsrfTokenOf(key, sessionId, undefined)).toBe(false);
    expect(isCsrfTokenOf(key, sessionId, [token])).toBe(false);
  });

  it('cannot be made without the server secret', () => {
    const otherKey = csrfKey('another-server-secret-of-32-characters!');
    expect(isCsrfTokenOf(key, sessionId, csrfTokenFor(otherKey, sessionId))).toBe(false);
    // The key is derived under its own label, never the secret itself.
    expect(key.equals(Buffer.from('a-server-secret-of-at-least-32-characters'))).toBe(false);
  });

  it('is needed for writes, not reads', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'post'].map(isUnsafeMethod)).toEqual([true, true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(isUnsafeMethod)).toEqual([false, false, false, false]);
  });
});
