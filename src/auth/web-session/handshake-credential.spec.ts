import { handshakeCredential, webOrigins } from './handshake-credential.js';

describe('handshakeCredential', () => {
  const origins = webOrigins('https://commonground.example.org/', ['https://app.example.org']);
  const cookie = '__Host-cg_session=the.session.token';

  it('takes auth.token as API clients send it, whatever the cookie and origin', () => {
    expect(handshakeCredential({ token: 'bearer.tok.en' }, { cookie, origin: 'https://evil.example.com' }, '__Host-cg_session', origins)).toEqual({ token: 'bearer.tok.en' });
    expect(handshakeCredential({ token: 42 }, { cookie, origin: 'https://commonground.example.org' }, '__Host-cg_session', origins)).toEqual({ refused: 'no-credential' });
    expect(handshakeCredential({ token: 'x'.repeat(4097) }, {}, '__Host-cg_session', origins)).toEqual({ refused: 'no-credential' });
  });

  it("takes the session cookie without auth.token, only from the app's own origins", () => {
    expect(handshakeCredential({}, { cookie, origin: 'https://commonground.example.org' }, '__Host-cg_session', origins)).toEqual({ token: 'the.session.token' });
    expect(handshakeCredential(undefined, { cookie, origin: 'https://app.example.org' }, '__Host-cg_session', origins)).toEqual({ token: 'the.session.token' });
    expect(handshakeCredential({}, { cookie, origin: 'https://evil.example.com' }, '__Host-cg_session', origins)).toEqual({ refused: 'origin' });
    expect(handshakeCredential({}, { cookie }, '__Host-cg_session', origins)).toEqual({ refused: 'origin' });
  });

  it('refuses a handshake with neither', () => {
    expect(handshakeCredential({}, { origin: 'https://commonground.example.org' }, '__Host-cg_session', origins)).toEqual({ refused: 'no-credential' });
    expect(handshakeCredential(null, {}, '__Host-cg_session', origins)).toEqual({ refused: 'no-credential' });
  });
});
