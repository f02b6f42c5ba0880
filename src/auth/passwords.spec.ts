import { hashPassword, passwordProblem, verifyAgainstDecoy, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet-tram-Rotterdam-42', 'amal@example.org')).toBeUndefined();
  });

  it.each(['123456789012', 'password1234', 'password123456', 'qwertyuiop', '1234567890', 'iloveyou12'])('refuses the common password %s, saying why', (password) => {
    expect(passwordProblem(password, 'a@b.org')).toMatch(/^password is too weak: /);
  });

  it('refuses a password built from the person’s own name', () => {
    expect(passwordProblem('oleksandratkachenko', 'someone@example.org', 'Oleksandra Tkachenko')).toMatch(/too weak/);
    expect(passwordProblem('oleksandratkachenko', 'someone@example.org', 'Sam')).toBeUndefined();
  });

  it('refuses passwords outside 10..128 characters', () => {
    expect(passwordProblem('Sh0rt!pw', 'a@b.org')).toMatch(/10 to 128/);
    expect(passwordProblem('x'.repeat(64) + 'Y'.repeat(65), 'a@b.org')).toMatch(/10 to 128/);
  });

  it('refuses a password containing the email name', () => {
    expect(passwordProblem('marieke-secret-99', 'marieke@example.nl')).toMatch(/email/);
  });
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('violet-tram-Rotterdam-42');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 'violet-tram-Rotterdam-42')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'violet-tram-Rotterdam-43')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
    await expect(verifyAgainstDecoy('anything')).resolves.toBe(false);
  });
});
