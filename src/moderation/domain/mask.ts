/**
 * Masks what a detector found, so a flag tells staff what kind of thing was caught
 * without copying a phone number, address or slur in full into flag lists and logs.
 * Staff who need the exact text open the message itself.
 */

const MASK = '*';
const VISIBLE_DIGITS_AT_EACH_END = 2;
const SCHEME_AND_HOST = /^((?:https?:\/\/)?[^/?#]+)(.*)$/iu;

/** "fuck" → "f**k", "ass" → "a**", "sale con" → "s**e c**". */
export function maskTerm(term: string): string {
  return term
    .split(' ')
    .map((word) => maskWord(word))
    .join(' ');
}

function maskWord(word: string): string {
  const chars = [...word];
  if (chars.length <= 1) return word;
  const keepLast = chars.length >= 4;
  const hiddenCount = chars.length - 1 - (keepLast ? 1 : 0);
  return (chars[0] ?? '') + MASK.repeat(hiddenCount) + (keepLast ? (chars.at(-1) ?? '') : '');
}

/** "+31 6 12345678" → "+31 6 ******78": separators stay, middle digits go. */
export function maskDigits(text: string): string {
  const total = text.replace(/\D/gu, '').length;
  let seen = 0;
  return text.replace(/\d/gu, (digit) => {
    seen += 1;
    const visible = seen <= VISIBLE_DIGITS_AT_EACH_END || seen > total - VISIBLE_DIGITS_AT_EACH_END;
    return visible ? digit : MASK;
  });
}

/** "jan.smit@example.com" → "j***@example.com"; obfuscated forms keep their first letter. */
export function maskEmail(address: string): string {
  const at = address.indexOf('@');
  if (at < 0) return maskHandle(address);
  return `${address.slice(0, 1)}${MASK.repeat(3)}${address.slice(at)}`;
}

/** "t.me/janhandle" → "t.me/j***": the host says what kind of link it is, the path is personal. */
export function maskUrl(url: string): string {
  const [, host = url, path = ''] = SCHEME_AND_HOST.exec(url) ?? [];
  return path.length > 1 ? `${host}${path.slice(0, 2)}${MASK.repeat(3)}` : host;
}

/** "@jan_smit" → "@j***", "jan_smit" → "j***". */
export function maskHandle(handle: string): string {
  const prefixLength = handle.startsWith('@') ? 2 : 1;
  return handle.slice(0, prefixLength) + MASK.repeat(3);
}

/** ("whatsapp", "0612345678") → "whatsapp 06******78", ("insta", "jan_99") → "insta j***". */
export function maskMessengerContact(via: string, contact: string): string {
  const masked = /^\+?[\d\s()./-]+$/u.test(contact) ? maskDigits(contact) : maskHandle(contact);
  return `${via} ${masked}`;
}
