import { generateSync } from 'otplib';
import { checkTotp, newTotpSecret, otpauthUri, TOTP_PERIOD_SECONDS } from './totp.js';

describe('checkTotp', () => {
  const secret = newTotpSecret();
  const now = new Date('2031-03-04T10:00:10.000Z');
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
  const codeAt = (offsetSeconds: number): string => generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) + offsetSeconds });

  it('accepts the current code and answers its time step', () => {
    expect(checkTotp({ secret, token: codeAt(0), now, lastTimeStep: null })).toEqual({ accepted: true, timeStep: step });
  });

  it('accepts the codes of one step before and after now, for clocks a little off', () => {
    expect(checkTotp({ secret, token: codeAt(-TOTP_PERIOD_SECONDS), now, lastTimeStep: null })).toEqual({ accepted: true, timeStep: step - 1 });
    expect(checkTotp({ secret, token: codeAt(TOTP_PERIOD_SECONDS), now, lastTimeStep: null })).toEqual({ accepted: true, timeStep: step + 1 });
  });

  it('refuses codes two steps away', () => {
    expect(checkTotp({ secret, token: codeAt(-2 * TOTP_PERIOD_SECONDS), now, lastTimeStep: null })).toEqual({ accepted: false, reason: 'wrong' });
    expect(checkTotp({ secret, token: codeAt(2 * TOTP_PERIOD_SECONDS), now, lastTimeStep: null })).toEqual({ accepted: false, reason: 'wrong' });
  });

  it('refuses a code whose step was accepted already, or one older than it', () => {
    expect(checkTotp({ secret, token: codeAt(0), now, lastTimeStep: step })).toEqual({ accepted: false, reason: 'replayed' });
    expect(checkTotp({ secret, token: codeAt(-TOTP_PERIOD_SECONDS), now, lastTimeStep: step })).toEqual({ accepted: false, reason: 'replayed' });
    expect(checkTotp({ secret, token: codeAt(TOTP_PERIOD_SECONDS), now, lastTimeStep: step })).toEqual({ accepted: true, timeStep: step + 1 });
  });

  it("refuses another secret's code and anything that is not six digits", () => {
    const other = generateSync({ secret: newTotpSecret(), epoch: Math.floor(now.getTime() / 1000) });
    const refusals = [other === codeAt(0) ? '000000' : other, '12345', '1234567', 'abcdef', '', `${codeAt(0)} `].map((token) => checkTotp({ secret, token, now, lastTimeStep: null }));
    expect(refusals).toEqual(refusals.map(() => ({ accepted: false, reason: 'wrong' })));
  });

  it('makes 160-bit secrets and an otpauth address naming the platform and the account', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(newTotpSecret());
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'amal@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Common Ground:amal@example.org');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'Common Ground' });
  });
});
