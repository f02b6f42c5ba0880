import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
/** Lower-case letters and digits without the look-alikes (0/o, 1/l/i): 31 symbols. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * Recovery codes: 16 random symbols of 31 (about 79 bits each), written `abcd-efgh-jkmn-pqrs`.
 * With that much entropy a plain SHA-256 is a safe way to store them: nobody can search 2^79
 * candidates, so a slow password hash would add nothing but latency.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => newRecoveryCode());
}

function newRecoveryCode(): string {
  const symbols = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_LENGTH) groups.push(symbols.slice(start, start + GROUP_LENGTH).join(''));
  return groups.join('-');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** What a person typed as their second factor: a six-digit code, a recovery code (any case, spaces or dashes), or neither. */
export type SecondFactorInput = { kind: 'totp'; token: string } | { kind: 'recovery-code'; hash: string } | { kind: 'malformed' };

export function readSecondFactor(typed: string): SecondFactorInput {
  const compact = typed.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', token: compact };
  if (compact.length === GROUPS * GROUP_LENGTH && [...compact].every((symbol) => ALPHABET.includes(symbol))) {
    const groups = compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? [];
    return { kind: 'recovery-code', hash: hashRecoveryCode(groups.join('-')) };
  }
  return { kind: 'malformed' };
}
