import { generateSecret, generateURI, verifySync } from 'otplib';

/** The authenticator apps' common settings (RFC 6238): SHA-1, six digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/**
 * Codes of one step either side of now are accepted: a phone's clock a little off, or a code typed
 * as it turns over, still works; a code is never good for more than about 90 seconds.
 */
export const TOTP_TOLERANCE_STEPS = 1;

export type TotpCheck = { accepted: true; timeStep: number } | { accepted: false; reason: 'wrong' | 'replayed' };

/**
 * Whether `token` is the secret's code at `now` (within the tolerance), and not of a time step at or
 * before `lastTimeStep`, the last one accepted: each code signs in once, and an older one never after.
 */
export function checkTotp(input: { secret: string; token: string; now: Date; lastTimeStep: number | null }): TotpCheck {
  if (!/^\d{6}$/.test(input.token)) return { accepted: false, reason: 'wrong' };
  const result = verifySync({
    secret: input.secret,
    token: input.token,
    epoch: Math.floor(input.now.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_PERIOD_SECONDS * TOTP_TOLERANCE_STEPS,
  });
  // The answer of a TOTP check carries its time step (a HOTP one would not).
  if (!result.valid || !('timeStep' in result)) return { accepted: false, reason: 'wrong' };
  if (input.lastTimeStep !== null && result.timeStep <= input.lastTimeStep) return { accepted: false, reason: 'replayed' };
  return { accepted: true, timeStep: result.timeStep };
}

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), in Base32 as the apps read it. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountName: string): string {
  return generateURI({ issuer: 'Common Ground', label: accountName, secret, period: TOTP_PERIOD_SECONDS, digits: 6, algorithm: 'sha1' });
}
