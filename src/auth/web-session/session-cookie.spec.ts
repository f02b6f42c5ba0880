import { clearedSessionCookieOptions, sessionCookieOptions, sessionCookiePolicy, sessionCookieValue, wantsCookieSession } from './session-cookie.js';

describe('session cookie', () => {
  it('is Secure with the __Host- prefix over https and on loopback hosts, where browsers accept it over http', () => {
    for (const url of ['https://commonground.example.org', 'http://localhost:3000', 'http://127.0.0.1:4100', 'http://app.localhost:8080', 'http://[::1]:3000']) {
      expect({ url, policy: sessionCookiePolicy(url) }).toEqual({ url, policy: { name: '__Host-cg_session', secure: true } });
    }
  });

  it('goes without Secure (and so without the prefix) only for plain http on another host', () => {
    expect(sessionCookiePolicy('http://192.168.1.20:8080')).toEqual({ name: 'cg_session', secure: false });
    expect(sessionCookiePolicy('http://commonground.lan')).toEqual({ name: 'cg_session', secure: false });
  });

  it('is httpOnly, SameSite=Strict, for the whole site, and expires with its session', () => {
    const expiresAt = new Date('2031-01-01T00:00:00Z');
    expect(sessionCookieOptions({ name: '__Host-cg_session', secure: true }, expiresAt)).toEqual({ httpOnly: true, secure: true, sameSite: 'strict', path: '/', expires: expiresAt });
    expect(clearedSessionCookieOptions({ name: 'cg_session', secure: false })).toEqual({ httpOnly: true, secure: false, sameSite: 'strict', path: '/' });
  });

  it('reads its value from a Cookie header, the first of several, and nothing else', () => {
    expect(sessionCookieValue('a=1; __Host-cg_session=tok.en.x; b=2', '__Host-cg_session')).toBe('tok.en.x');
    expect(sessionCookieValue('__Host-cg_session=first; __Host-cg_session=second', '__Host-cg_session')).toBe('first');
    expect(sessionCookieValue('cg_session=plain', '__Host-cg_session')).toBeUndefined();
    expect(sessionCookieValue('x__Host-cg_session=no', '__Host-cg_session')).toBeUndefined();
    expect(sessionCookieValue('__Host-cg_session=', '__Host-cg_session')).toBeUndefined();
    // An undecodable value comes back as sent; the token check then refuses it like any other stranger.
    expect(sessionCookieValue('__Host-cg_session=%E0%A4%A', '__Host-cg_session')).toBe('%E0%A4%A');
    expect(sessionCookieValue(`__Host-cg_session=${'a'.repeat(4097)}`, '__Host-cg_session')).toBeUndefined();
    expect(sessionCookieValue(undefined, '__Host-cg_session')).toBeUndefined();
  });

  it('is asked for with X-Session-Mode: cookie only', () => {
    expect(wantsCookieSession('cookie')).toBe(true);
    expect(wantsCookieSession(' Cookie ')).toBe(true);
    expect(wantsCookieSession('bearer')).toBe(false);
    expect(wantsCookieSession(undefined)).toBe(false);
    expect(wantsCookieSession(['cookie'])).toBe(false);
  });
});
