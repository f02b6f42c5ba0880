import { openSecret, sealSecret, twoFactorKey } from './secret-box.js';

describe('the secret box', () => {
  const key = twoFactorKey('test-secret-test-secret-test-secret-0123');
  const owner = '0190c0de-0000-7000-8000-000000000001';
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('opens what it sealed, and never holds the secret in the clear', () => {
    const sealed = sealSecret(key, secret, owner);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(openSecret(key, sealed, owner)).toBe(secret);
  });

  it('seals the same secret differently each time (a fresh nonce)', () => {
    expect(sealSecret(key, secret, owner)).not.toBe(sealSecret(key, secret, owner));
  });

  it('derives a key of 32 bytes, the same from the same secret and another from another, unlike the secret itself', () => {
    expect(key).toHaveLength(32);
    expect(twoFactorKey('test-secret-test-secret-test-secret-0123').equals(key)).toBe(true);
    expect(twoFactorKey('another-secret-another-secret-another-0').equals(key)).toBe(false);
    expect(key.toString('utf8')).not.toContain('test-secret');
  });

  it('refuses a box that was changed anywhere, another owner, another key and malformed text', () => {
    const sealed = sealSecret(key, secret, owner);
    const parts = sealed.split('.');
    const flip = (text: string): string => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`);
    const tampered = [1, 2, 3].map((index) => parts.map((part, i) => (i === index ? flip(part) : part)).join('.'));
    for (const box of tampered) expect(openSecret(key, box, owner)).toBeUndefined();
    expect(openSecret(key, sealed, '0190c0de-0000-7000-8000-000000000002')).toBeUndefined();
    expect(openSecret(twoFactorKey('another-secret-another-secret-another-0'), sealed, owner)).toBeUndefined();
    for (const box of ['', 'v1', 'v2.a.b.c', `${sealed}.extra`, 'v1...', 'v1.!!.!!.!!']) expect(openSecret(key, box, owner)).toBeUndefined();
  });
});
