import { hashRecoveryCode, newRecoveryCodes, readSecondFactor, RECOVERY_CODE_COUNT } from './recovery-codes.js';

describe('recovery codes', () => {
  it('makes ten distinct codes of four groups of four unambiguous symbols', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
  });

  it('stores a code as its SHA-256, never as itself', () => {
    const [code] = newRecoveryCodes(1);
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code)).not.toContain(code.replace(/-/g, ''));
  });

  it('reads a recovery code typed in any case, with spaces or without dashes, as the same code', () => {
    const [code] = newRecoveryCodes(1);
    const expected = { kind: 'recovery-code', hash: hashRecoveryCode(code) };
    for (const typed of [code, code.toUpperCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `]) expect(readSecondFactor(typed)).toEqual(expected);
  });

  it('tells one code from another', () => {
    const [first, second] = newRecoveryCodes(2);
    expect(readSecondFactor(first)).not.toEqual(readSecondFactor(second));
  });

  it('reads six digits (spaces allowed) as an authenticator code, anything else as malformed', () => {
    expect(readSecondFactor('123456')).toEqual({ kind: 'totp', token: '123456' });
    expect(readSecondFactor('123 456')).toEqual({ kind: 'totp', token: '123456' });
    for (const typed of ['12345', '1234567', 'abcd-efgh-jkmn-pqr', 'abcd-efgh-jkmn-pqr1', 'abcd-efgh-jkmn-pqrs-tuvw', '']) expect(readSecondFactor(typed)).toEqual({ kind: 'malformed' });
  });
});
