import { hashPassword, passwordProblem, verifyAgainstDecoy, verifyPassword } from './passwords.js';

describe('password policy', () => {
  // Mother-in-law in Dutch and German, socks in French: common words the English lists do not hold.
  it.each(['schoonmoeder', 'Schwiegermutter', 'chaussettes'])('refuses %s, a common word of a programme country’s language', async (password) => {
    await expect(passwordProblem(password, 'a@b.org')).resolves.toMatch(/^password is too weak: /);
  });

  it('accepts a long, uncommon password', async () => {
    await expect(passwordProblem('violet-tram-Rotterdam-42', 'amal@example.org')).resolves.toBeUndefined();
  });

  it.each(['123456789012', 'password1234', 'password123456', 'qwertyuiop', '1234567890', 'iloveyou12'])('refuses the common password %s, saying why', async (password) => {
    await expect(passwordProblem(password, 'a@b.org')).resolves.toMatch(/^password is too weak: /);
  });

  it('refuses a password built from the person’s own name', async () => {
    await expect(passwordProblem('oleksandratkachenko', 'someone@example.org', 'Oleksandra Tkachenko')).resolves.toMatch(/too weak/);
    await expect(passwordProblem('oleksandratkachenko', 'someone@example.org', 'Sam')).resolves.toBeUndefined();
  });

  it('refuses passwords outside 10..128 characters', async () => {
    await expect(passwordProblem('Sh0rt!pw', 'a@b.org')).resolves.toMatch(/10 to 128/);
    await expect(passwordProblem('x'.repeat(64) + 'Y'.repeat(65), 'a@b.org')).resolves.toMatch(/10 to 128/);
  });

  it('refuses a password containing the email name', async () => {
    await expect(passwordProblem('marieke-secret-99', 'marieke@example.nl')).resolves.toMatch(/email/);
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
