/**
 * The session id a token names, read from a token this process has just signed (so not verified
 * again). Throws for anything else: it would be a programming error, never a client's input.
 */
export function sessionIdOfIssuedToken(token: string): string {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new Error('Not a signed token');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sid?: unknown };
  if (typeof claims.sid !== 'string') throw new Error('The token names no session');
  return claims.sid;
}
