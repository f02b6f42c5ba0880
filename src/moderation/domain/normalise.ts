/**
 * Text normalisation shared by the moderation detectors. Pure functions, no I/O.
 *
 * Two kinds of normalisation live here:
 * - `normaliseDigits` keeps the string length (one char in, one char out) so that
 *   contact-detail regexes can run on its output and still point at the original text.
 * - `foldText` / `foldToken` are lossy: they fold case, accents, script variants and
 *   common obfuscations so that word-list lookups compare like with like.
 */

/** Unicode blocks whose digits people type on Arabic, Persian and full-width keyboards. */
const DIGIT_ZERO_CODE_POINTS: readonly number[] = [
  0x0660, // Arabic-Indic ٠
  0x06f0, // Eastern Arabic-Indic (Persian/Urdu) ۰
  0xff10, // full-width ０
];

/** Any digit `normaliseDigits` replaces; most messages have none, and then there is nothing to do. */
const NON_ASCII_DIGIT = new RegExp(`[${DIGIT_ZERO_CODE_POINTS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'u');

/** Replaces Arabic-Indic, Eastern Arabic-Indic and full-width digits by ASCII digits. */
export function normaliseDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  let result = '';
  for (const char of text) {
    result += asciiDigitFor(char) ?? char;
  }
  return result;
}

function asciiDigitFor(char: string): string | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZERO_CODE_POINTS) {
    if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  }
  return undefined;
}

const COMBINING_MARKS = /\p{M}/gu;
/** Tatweel (kashida) stretches Arabic words visually; zero-width chars hide inside words. */
const INVISIBLE_FILLERS = /[\u0640\u200b-\u200f\u2060\ufeff\u00ad]/gu;
const APOSTROPHES = /['’`ʼ]/gu;
const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Most chat text is ASCII, where the Unicode-aware steps have nothing to do. */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}

/** Arabic letters that are written several ways but mean the same for matching. */
const ARABIC_LETTER_VARIANTS: Readonly<Record<string, string>> = {
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maqsura
  'ی': 'ي', // Persian yeh
  'ة': 'ه', // ta marbuta
  'ک': 'ك', // Persian kaf
};
const ARABIC_VARIANT_PATTERN = /[ٱىیةک]/gu;

/**
 * Lower-cases, decomposes (NFKD) and strips combining marks, so "Énculé" → "encule",
 * "أحمد" → "احمد" (hamza forms decompose into alef + mark), "їбати" → "ібати".
 * Also drops tatweel and invisible characters and apostrophes ("da's" → "das").
 */
export function foldText(text: string): string {
  // ASCII has no decompositions, combining marks, fillers or Arabic variants: only apostrophes and case.
  if (isAscii(text)) return text.replace(APOSTROPHES, '').toLowerCase();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE_FILLERS, '')
    .replace(APOSTROPHES, '')
    .replace(ARABIC_VARIANT_PATTERN, (char) => ARABIC_LETTER_VARIANTS[char] ?? char)
    .toLowerCase();
}

const LEET_SUBSTITUTIONS: Readonly<Record<string, string>> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LEET_CHARS = /[0134578@$]/u;
const LETTER = /\p{L}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** How to read "1" in leetspeak: "sh1t" wants i, "1ul" wants l. */
export type ReadingOfOne = 'i' | 'l';

/**
 * Undoes leetspeak in a single folded token. Only tokens that also contain a letter are
 * touched, so plain numbers ("1998", "12") stay numbers.
 */
export function undoLeetspeak(token: string, readingOfOne: ReadingOfOne = 'i'): string {
  if (!LEET_CHARS.test(token) || !LETTER.test(token)) return token;
  let result = '';
  for (const char of token) {
    result += char === '1' ? readingOfOne : (LEET_SUBSTITUTIONS[char] ?? char);
  }
  return result;
}

/** Whether `undoLeetspeak` would give a different answer for the other reading of "1". */
export function hasAmbiguousOne(token: string): boolean {
  return token.includes('1') && LETTER.test(token);
}

/** Latin letters that look like Cyrillic ones: "xуй" typed with a Latin x. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** In a token that mixes Cyrillic and Latin letters, turns Latin look-alikes into Cyrillic. */
export function unifyMixedScript(token: string): string {
  if (!CYRILLIC.test(token) || !LATIN.test(token)) return token;
  let result = '';
  for (const char of token) result += LATIN_TO_CYRILLIC[char] ?? char;
  return result;
}

/** Full per-token normalisation used for both list entries and message tokens. */
export function foldToken(token: string, readingOfOne: ReadingOfOne = 'i'): string {
  return unifyMixedScript(undoLeetspeak(token, readingOfOne));
}

const LETTER_RUN_OF_THREE = /(\p{L})\1\1/u;
const REPEATED_LETTERS = /(\p{L})\1+/gu;

/** "fuuuuck": a letter typed three or more times in a row, which real words rarely do. */
export function hasStretchedLetters(token: string): boolean {
  return LETTER_RUN_OF_THREE.test(token);
}

/** Collapses every run of a repeated letter to one letter: "fuuuck" → "fuck", "ass" → "as". */
export function collapseRepeatedLetters(token: string): string {
  return token.replace(REPEATED_LETTERS, '$1');
}
