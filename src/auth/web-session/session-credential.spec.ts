import { credentialKindOf, readSessionCredential, rememberCredential, requestToken } from './session-credential.js';

describe('session credential', () => {
  it('prefers the Authorization header, even a malformed one, over the cookie', () => {
    expect(readSessionCredential({ authorization: 'Bearer abc.def.ghi', cookie: '__Host-cg_session=other' }, '__Host-cg_session')).toEqual({ kind: 'bearer', token: 'abc.def.ghi' });
    expect(readSessionCredential({ authorization: 'Basic dXNlcg==', cookie: '__Host-cg_session=other' }, '__Host-cg_session')).toEqual({ kind: 'bearer', token: undefined });
  });

  it('falls back to the session cookie, and to nothing', () => {
    expect(readSessionCredential({ cookie: 'theme=dark; __Host-cg_session=abc.def.ghi' }, '__Host-cg_session')).toEqual({ kind: 'cookie', token: 'abc.def.ghi' });
    expect(readSessionCredential({ cookie: 'theme=dark' }, '__Host-cg_session')).toBeUndefined();
    expect(readSessionCredential({}, '__Host-cg_session')).toBeUndefined();
  });

  it('is remembered per request', () => {
    const request = {};
    rememberCredential(request, { kind: 'cookie', token: 't' });
    expect([requestToken(request), credentialKindOf(request)]).toEqual(['t', 'cookie']);
    rememberCredential(request, undefined);
    expect([requestToken(request), credentialKindOf(request)]).toEqual([undefined, undefined]);
    expect(requestToken({})).toBeUndefined();
  });
});
