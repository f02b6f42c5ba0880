import { createRequire } from 'node:module';
import argon2 from 'argon2';

const require = createRequire(import.meta.url);
// Mozilla's list of the most common passwords (from a 10-million-password leak corpus).
const commonPasswords = require('fxa-common-password-list') as { test(password: string): boolean };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

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

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`;
  }
  const lowered = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lowered)) {
    return 'password is one of the most common passwords; choose another';
  }
  if (new Set(password).size < 4) return 'password repeats too few different characters';
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lowered.includes(localPart)) return 'password must not contain your email address';
  return undefined;
}
