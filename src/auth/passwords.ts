import argon2 from 'argon2';
import { describePasswordProblem, judgePassword } from '../shared-domain/password-strength.js';


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

/** Why a new password is refused, in words (zxcvbn's warning and suggestions), or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string, displayName?: string): string | undefined {
  return describePasswordProblem(judgePassword(password, { email, displayName }));
}
