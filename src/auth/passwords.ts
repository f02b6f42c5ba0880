import argon2 from 'argon2';
import type { PasswordJudge } from '../shared-domain/password-strength.js';

// OWASP's recommended argon2id setting (19 MiB, 2 passes): strong, and fast enough for a 2-core server.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps "unknown email" as slow as "wrong password", so timing leaks nothing.
const timingDecoy = hashPassword('timing-decoy-password-not-used');
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(await timingDecoy, password);
  return false;
}

type PasswordRule = Pick<typeof import('../shared-domain/password-strength.js'), 'describePasswordProblem'> & { judge: PasswordJudge };
let ruleLoading: Promise<PasswordRule> | undefined;
/**
 * zxcvbn and its dictionaries take tens of MB of memory, so they load when someone first sets a
 * password, not with the server. Dutch, German and French: the languages of the programmes' countries.
 */
function loadPasswordRule(): Promise<PasswordRule> {
  ruleLoading ??= Promise.all([
    import('../shared-domain/password-strength.js'),
    import('@zxcvbn-ts/language-nl-be'),
    import('@zxcvbn-ts/language-de'),
    import('@zxcvbn-ts/language-fr'),
  ]).then(([rule, dutch, german, french]) => ({
    describePasswordProblem: rule.describePasswordProblem,
    judge: rule.createPasswordJudge({ nl: dutch.dictionary, de: german.dictionary, fr: french.dictionary }),
  }));
  return ruleLoading;
}

/** Why a new password is refused, in words (zxcvbn's warning and suggestions), or undefined when it is acceptable. */
export async function passwordProblem(password: string, email: string, displayName?: string): Promise<string | undefined> {
  const rule = await loadPasswordRule();
  return rule.describePasswordProblem(rule.judge(password, { email, displayName }));
}
