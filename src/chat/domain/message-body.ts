export const MESSAGE_BODY_MAX_CHARS = 4000;

/**
 * Leading and trailing whitespace never carries meaning in a chat line. Lone surrogates, which
 * UTF-8 cannot store, never get here: every socket payload with one is refused first
 * (refuseMalformedInput).
 */
export function normaliseMessageBody(raw: string): string {
  return raw.trim();
}

/**
 * Why a (normalised) body cannot be stored, or undefined when it can. Length counts code points,
 * as PostgreSQL's `char_length` does, so the database's check never refuses what this accepted.
 */
export function messageBodyProblem(body: string): string | undefined {
  if (body.length === 0) return 'body must not be empty';
  if (body.includes('\u0000')) return 'body must not contain NUL characters';
  if (codePointLength(body) > MESSAGE_BODY_MAX_CHARS) return `body must be at most ${MESSAGE_BODY_MAX_CHARS} characters`;
  return undefined;
}

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
