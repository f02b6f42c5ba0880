import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The key two-factor secrets are encrypted under: HKDF-SHA-256 of `JWT_SECRET`, with its own
 * `info`, so it is independent of the session-signing key though both come from one secret.
 * Changing `JWT_SECRET` therefore makes every enrolment unreadable (people enrol again).
 */
export function twoFactorKey(jwtSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', jwtSecret, 'common-ground', 'two-factor secret encryption v1', 32));
}

/**
 * AES-256-GCM with a random 96-bit nonce; the owner's id is authenticated with it, so a sealed
 * secret copied onto another account does not open. Written `v1.<nonce>.<tag>.<ciphertext>` (base64url).
 */
export function sealSecret(key: Buffer, secret: string, ownerId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(ownerId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The secret, or undefined when the box is malformed, was changed, or belongs to someone else or another key. */
export function openSecret(key: Buffer, sealed: string, ownerId: string): string | undefined {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(ownerId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
