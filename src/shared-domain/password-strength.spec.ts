import { dictionary as german } from '@zxcvbn-ts/language-de';
import { dictionary as dutch } from '@zxcvbn-ts/language-nl-be';
import { createPasswordJudge, describePasswordProblem, judgePassword, nameListsByLanguage } from './password-strength.js';

const problemOf = (password: string, email = 'amal@example.org', displayName?: string): string | undefined =>
  describePasswordProblem(judgePassword(password, { email, displayName }));

describe('judgePassword', () => {
  it.each(['amber-lantern-harbour-42', 'a-long-staff-passphrase', 'violet-tram-Rotterdam-42', 'Correct horse battery staple'])('accepts the passphrase %s', (password) => {
    expect(problemOf(password)).toBeUndefined();
  });

  it.each(['password123456', '123456789012', 'password1234', 'qwertyuiop', '1234567890', 'iloveyou12', 'aaaaaaaaaaaa', 'qwertyuiop123'])('refuses the guessable password %s, saying why', (password) => {
    const verdict = judgePassword(password, { email: 'a@b.org' });
    expect(verdict.problem).toBe('guessable');
    expect(verdict.score).toBeLessThan(3);
    expect(describePasswordProblem(verdict)).toMatch(/^password is too weak: .+\. .+/);
  });

  it('names zxcvbn’s warning and suggestions in the refusal', () => {
    expect(problemOf('password123456')).toMatch(/too weak: .*(common|used|guess).*\./i);
  });

  it('refuses passwords outside 10..128 characters', () => {
    expect(problemOf('Sh0rt!pw')).toBe('password must be 10 to 128 characters long');
    expect(problemOf('x'.repeat(64) + 'Y'.repeat(65))).toBe('password must be 10 to 128 characters long');
    expect(problemOf('amber-lantern-harbour-42'.padEnd(128, '!'))).toBeUndefined();
  });

  it('refuses a password containing the email’s name', () => {
    expect(problemOf('marieke-secret-99', 'marieke@example.nl')).toBe('password must not contain your email address');
    expect(problemOf('MARIEKE-secret-99', 'marieke@example.nl')).toBe('password must not contain your email address');
  });

  it('counts the person’s own name and email as guessable', () => {
    expect(problemOf('oleksandratkachenko', 'someone@example.org', 'Sam')).toBeUndefined();
    expect(problemOf('oleksandratkachenko', 'someone@example.org', 'Oleksandra Tkachenko')).toMatch(/too weak/);
    expect(problemOf('oleksandratkachenko', 'oleksandra.tkachenko@example.org', 'Sam')).toMatch(/too weak/);
  });

  it('judges a long password by its first 64 characters, which never flatters it', () => {
    expect(judgePassword('password'.repeat(16), { email: 'a@b.org' }).problem).toBe('guessable');
    expect(judgePassword('amber-lantern-harbour-42 '.repeat(6).slice(0, 128), { email: 'a@b.org' }).problem).toBeUndefined();
  });
});

describe('createPasswordJudge with more languages', () => {
  const owner = { email: 'a@b.org' };
  // "Mother-in-law": a common Dutch word, nowhere in the English lists.
  const dutchWord = 'schoonmoeder';

  it('refuses a common Dutch word that the English lists accept', () => {
    expect(judgePassword(dutchWord, owner).problem).toBeUndefined();
    expect(createPasswordJudge({ nl: dutch })(dutchWord, owner)).toMatchObject({ problem: 'guessable', score: 1 });
  });

  it('keeps Dutch words when German lists of the same names are added after them', () => {
    const judge = createPasswordJudge({ nl: dutch, de: german });
    expect(judge(dutchWord, owner).problem).toBe('guessable');
    expect(judge('Schwiegermutter', owner).problem).toBe('guessable');
  });
});

describe('nameListsByLanguage', () => {
  it('names every list after its language, once', () => {
    expect(nameListsByLanguage({ nl: { commonWords: ['fiets'] }, de: { commonWords: ['Fahrrad'] }, fr: { 'commonWords-fr': ['vélo'] } })).toEqual({
      'commonWords-nl': ['fiets'],
      'commonWords-de': ['Fahrrad'],
      'commonWords-fr': ['vélo'],
    });
  });
});
