/**
 * Finds contact details in a chat message: phone numbers, e-mail addresses, URLs and
 * messenger handles. Before a pair has a confirmed meetup, staff want to see when people
 * try to move the conversation off the platform.
 *
 * Each finder returns the matched text as written (digits already made ASCII); the
 * caller decides how to mask it. Heuristic on purpose: the tests in
 * contact-details.spec.ts and flags.spec.ts list what is and is not caught.
 */
import { foldText, normaliseDigits } from './normalise.js';

export type ContactKind = 'phone' | 'email' | 'url' | 'messenger';

export interface ContactDetail {
  readonly kind: ContactKind;
  /** The text that was recognised, e.g. "+31 6 12345678" or, for a messenger, "@jan_99". */
  readonly text: string;
  /** For messenger contacts: the messenger name as written (folded), e.g. "whatsapp". */
  readonly via?: string;
}

export interface MessengerContact {
  /** The messenger name as written (folded), e.g. "whatsapp", "вайбер". */
  readonly via: string;
  readonly contact: string;
}

// ---------------------------------------------------------------- phone numbers

/**
 * A run of digits held together by phone-ish separators (space, dot, dash, slash,
 * brackets), optionally starting with "+". Not inside a word or a number, and not right
 * after "12:" / "12." / "12," (times, prices, decimals).
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}€$£₴]|\d[:.,])\+?[ \t]?\(?\d(?:[ \t\u00a0./()\-–]{0,3}\d)+/gu;
const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15;
/** Numbers next to a messenger name count with fewer digits ("viber 671234567"). */
export const MIN_MESSENGER_NUMBER_DIGITS = 6;
/** From ten digits on, a number without a leading 0 or + is still likely a phone number. */
const MIN_DIGITS_WITHOUT_PREFIX = 10;
const MAX_GROUPS_WITHOUT_PREFIX = 3;

const DATE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/u;
/** "01.12 - 05.12.2026", "1/12-5/12": day.month pieces either side of a dash. */
const DATE_RANGE = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[-–]\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$/u;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$/u;
const NUMBER_RANGE = /^[1-9]\d*\s*[-–]\s*[1-9]\d*$/u;
const YEAR = /^(?:19|20)\d\d$/u;
const NON_DIGITS = /\D+/u;

function digitCount(candidate: string): number {
  return candidate.replace(/\D/gu, '').length;
}

/** "1998 2015", "2019-2021": only years. */
function isOnlyYears(candidate: string): boolean {
  const groups = candidate.split(NON_DIGITS).filter((group) => group !== '');
  return groups.length > 1 && groups.every((group) => YEAR.test(group));
}

/**
 * Local numbers start with 0 (NL, UK, UA, FR), international ones with + or 00. Without
 * either, only a long number in at most three groups ("555 123 4567") still counts, not a
 * list such as "room 101 102 103 104".
 */
function hasPhonePrefix(candidate: string): boolean {
  if (/^\+|^\(?0/u.test(candidate)) return true;
  const groups = candidate.split(NON_DIGITS).filter((group) => group !== '');
  return digitCount(candidate) >= MIN_DIGITS_WITHOUT_PREFIX && groups.length <= MAX_GROUPS_WITHOUT_PREFIX;
}

function looksLikeNonPhoneNumber(candidate: string): boolean {
  const shapes = [DATE, DATE_RANGE, TIME_RANGE, NUMBER_RANGE];
  return shapes.some((shape) => shape.test(candidate)) || isOnlyYears(candidate);
}

function isPhoneLike(candidate: string, minDigits: number): boolean {
  const digits = digitCount(candidate);
  return (
    digits >= minDigits &&
    digits <= MAX_PHONE_DIGITS &&
    hasPhonePrefix(candidate) &&
    !looksLikeNonPhoneNumber(candidate)
  );
}

function findDigitRuns(text: string, minDigits: number): string[] {
  return allMatches(DIGIT_RUN, text)
    .map((match) => match[0].trim())
    .filter((candidate) => isPhoneLike(candidate, minDigits));
}

/** Phone numbers in `text`: international and local formats, any digit script. */
export function findPhoneNumbers(text: string): string[] {
  return findDigitRuns(normaliseDigits(text), MIN_PHONE_DIGITS);
}

// ---------------------------------------------------------------- matching helpers

/**
 * Every match of the global `regex` in `text`, like `[...text.matchAll(regex)]` but without the
 * copy of the regex that matchAll makes on each call (it showed as a tenth of the scanner's time).
 */
function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place.
    if (match[0] === '') regex.lastIndex += 1;
  }
  return matches;
}

/** A regex plus a cheap test that rules it out for most messages. */
interface Pattern {
  readonly regex: RegExp;
  readonly mightMatch: (text: string) => boolean;
}

/**
 * Runs the patterns in order; each match is collected and blanked out (same length, so
 * later patterns see the same positions) so that one detail gives one flag.
 */
function findAndBlankOut(text: string, patterns: readonly Pattern[]): { found: string[]; rest: string } {
  const found: string[] = [];
  let rest = text;
  for (const pattern of patterns) {
    if (!pattern.mightMatch(rest)) continue;
    rest = rest.replace(pattern.regex, (match) => {
      found.push(match.trim());
      return ' '.repeat(match.length);
    });
  }
  return { found, rest };
}

// ---------------------------------------------------------------- e-mail addresses

/** Starts only where a word starts, so the engine does not retry inside every word. */
const LOCAL_PART = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const EMAIL = new RegExp(String.raw`${LOCAL_PART}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`, 'gu');
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}-]+`;
const TLD = String.raw`\p{L}{2,6}`;
const AT_WORDS = 'at|@|apenstaartje|arobase|собака';
const DOT_WORDS = 'dot|punt|point|крапка|точка';
const BRACKETED = (words: string): string => String.raw`[(\[{<]\s*(?:${words})\s*[)\]}>]`;
const SPOKEN = (words: string): string => String.raw`\s(?:${words})\s`;
/**
 * Mail providers we trust after a spoken " at " with a plain dot ("olena at ukr.net");
 * "find me at example.com" is a URL, not an address. No provider that is also a word
 * ("home", "live", "free"): "I am at home. Then…" is not an address.
 */
const MAIL_PROVIDERS = [
  ...['gmail', 'googlemail', 'hotmail', 'outlook', 'msn', 'yahoo', 'icloud', 'proton', 'protonmail', 'gmx'],
  ...['ziggo', 'kpnmail', 'xs4all', 'wanadoo', 'laposte', 'sfr', 'ukr', 'bigmir', 'yandex'],
].join('|');

const DOT_SPELLED_OUT = String.raw`(?:${BRACKETED(DOT_WORDS)}|${SPOKEN(DOT_WORDS)})`;
const END_OF_WORD = String.raw`(?![\p{L}\p{N}])`;
const SPELLED_OUT_DOMAIN = String.raw`${DOMAIN_LABEL}\s*${DOT_SPELLED_OUT}\s*${TLD}`;
const PROVIDER_DOMAIN = String.raw`(?:${MAIL_PROVIDERS})\s*\.\s*${TLD}`;

/** "jan (at) gmail (dot) com", "jan [at] gmail.com" */
const AT_BRACKETED = BRACKETED(AT_WORDS);
const DOT_PLAIN_OR_SPELLED_OUT = String.raw`(?:\.|${DOT_SPELLED_OUT})`;
const OBFUSCATED_EMAIL_BRACKETED = new RegExp(
  String.raw`${LOCAL_PART}\s*${AT_BRACKETED}\s*${DOMAIN_LABEL}\s*${DOT_PLAIN_OR_SPELLED_OUT}\s*${TLD}${END_OF_WORD}`,
  'giu',
);
/** "jan at gmail dot com", "olena at ukr.net", "jan @ gmail . com" (a plain dot only after a known provider). */
const OBFUSCATED_EMAIL_SPOKEN = new RegExp(
  String.raw`${LOCAL_PART}${SPOKEN(AT_WORDS)}\s*(?:${SPELLED_OUT_DOMAIN}|${PROVIDER_DOMAIN})${END_OF_WORD}`,
  'giu',
);

const SPOKEN_AT = new RegExp(SPOKEN(AT_WORDS), 'iu');

const EMAIL_PATTERNS: readonly Pattern[] = [
  { regex: EMAIL, mightMatch: (text) => text.includes('@') },
  { regex: OBFUSCATED_EMAIL_BRACKETED, mightMatch: (text) => /[([{<]/u.test(text) },
  { regex: OBFUSCATED_EMAIL_SPOKEN, mightMatch: (text) => SPOKEN_AT.test(text) },
];

/** E-mail addresses, plain and obfuscated with (at)/[at]/" at " and (dot)/" dot ". */
export function findEmailAddresses(text: string): string[] {
  return findAndBlankOut(text, EMAIL_PATTERNS).found;
}

// ---------------------------------------------------------------- URLs

const URL_TAIL = String.raw`[^\s<>"'«»]*`;
const WITH_SCHEME = new RegExp(String.raw`\bhttps?:\/\/[^\s<>"'«»]+`, 'giu');
const WITH_WWW = new RegExp(String.raw`(?<![\p{L}\p{N}.])www\.[\p{L}\p{N}-]+\.${URL_TAIL}`, 'giu');
/** TLDs that are never ordinary words, so "example.nl" counts without a path. */
const STRONG_TLDS = [
  ...['com', 'net', 'org', 'info', 'io', 'app', 'dev', 'biz', 'ly', 'gl', 'gg', 'tv', 'xyz', 'online', 'site', 'shop'],
  ...['nl', 'be', 'ua', 'uk', 'fr', 'de', 'eu', 'ru', 'pl', 'es', 'pt', 'ch', 'tr'],
  ...['ma', 'dz', 'tn', 'sy', 'iq', 'sa', 'ae', 'eg'],
].join('|');
/** TLDs that are also words ("t.me", "wa.me", "bit.do"): they need a path to count. */
const WEAK_TLDS = 'me|to|it|in|is|at|co|am|so|no|us|do|go|my|im|cc';
const HOST = String.raw`(?<![\p{L}\p{N}@.\/-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+`;
const STRONG_TLD_WITH_OPTIONAL_PATH = String.raw`(?:${STRONG_TLDS})(?![\p{L}\p{N}-])(?:\/${URL_TAIL})?`;
const WEAK_TLD_WITH_PATH = String.raw`(?:${WEAK_TLDS})\/[\p{L}\p{N}]${URL_TAIL}`;
const BARE_DOMAIN = new RegExp(String.raw`${HOST}(?:${STRONG_TLD_WITH_OPTIONAL_PATH}|${WEAK_TLD_WITH_PATH})`, 'giu');
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/u;

const URL_PATTERNS: readonly Pattern[] = [
  { regex: WITH_SCHEME, mightMatch: (text) => text.includes('://') },
  { regex: WITH_WWW, mightMatch: (text) => /www\./iu.test(text) },
  // A bare domain needs a dot followed by a letter; most messages have none.
  { regex: BARE_DOMAIN, mightMatch: (text) => /\.\p{L}/u.test(text) },
];

function findUrlsAndBlankOut(text: string): { found: string[]; rest: string } {
  const { found, rest } = findAndBlankOut(text, URL_PATTERNS);
  return { found: found.map((url) => url.replace(TRAILING_PUNCTUATION, '')), rest };
}

/** URLs with a scheme, starting with www., or bare domains such as "t.me/handle". */
export function findUrls(text: string): string[] {
  return findUrlsAndBlankOut(text).found;
}

// ---------------------------------------------------------------- messenger handles

/** Names that may be inflected ("whatsappen", "вайбері", "телеграмі"). Folded spelling. */
const MESSENGER_STEMS = [
  'wh?att?s ?app?', // whatsapp, whats app, watsap, wattsapp
  'telegram',
  'viber',
  'instagram',
  'snapchat',
  'facebook',
  'tiktok',
  'вайбер',
  'телеграм',
  'ватсап',
  'вотсап',
  'вацап',
  'воцап',
  'инстаграм',
  'інстаграм',
  'фейсбук',
  'снепчат',
  'واتساب',
  'واتس ?اب',
  'وتساب',
  'واتس',
  'تلغرام',
  'تليغرام',
  'تلجرام',
  'تليجرام',
  'فايبر',
  'انستغرام',
  'انستقرام',
  'انستجرام',
  'انستا',
  'سناب',
  'فيسبوك',
  'فيس ?بوك',
];
/** Short or everyday names that only count as whole words ("insta", not "instant"). */
const MESSENGER_WORDS = [
  ...['insta', 'ig', 'fb', 'snap', 'signal', 'appje', 'appen', 'app me'],
  ...['інста', 'инста', 'телега', 'сігнал', 'сигнал'],
];
/** Arabic joins "the", "on the", "with the" to the name: "عالواتس", "بالواتساب". */
const ARABIC_ARTICLE = '(?:[وبفل]?ال|عال|ع)?';
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** The names are matched in folded text ("вайбер" → "ваибер"), so fold them the same way. */
const INFLECTED_STEM = String.raw`(?:${MESSENGER_STEMS.map(foldText).join('|')})\p{L}*`;
const WHOLE_WORD = String.raw`(?:${MESSENGER_WORDS.map(foldText).join('|')})${NOT_WORD_AFTER}`;
const MESSENGER_MENTION = new RegExp(
  String.raw`${NOT_WORD_BEFORE}${ARABIC_ARTICLE}(?:${INFLECTED_STEM}|${WHOLE_WORD})`,
  'gu',
);
/** "@jan_99", not the @ of an e-mail address nor a group mention such as "@everyone". */
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@(?!(?:everyone|all|here|channel)(?![\p{L}\p{N}_.]))[\p{L}\p{N}_.]{2,32}/u;
/**
 * A handle written right after the name: "insta: jan_smit", "snapchat is jan.99".
 * It must contain a dot, underscore or digit, so "my insta is great" is not a handle.
 * Read in folded text, hence "its" and "cest" without apostrophes.
 */
const LINKING_WORD = String.raw`(?:[:=\-–]|is|its|est|cest|це|هو)`;
const HANDLE = String.raw`@?[a-z0-9](?=[a-z0-9._]*[._0-9])[a-z0-9._]{2,31}`;
const HANDLE_AFTER_MENTION = new RegExp(
  String.raw`^\s*${LINKING_WORD}?\s*(?:me\s+)?(${HANDLE})${NOT_WORD_AFTER}`,
  'iu',
);
/** How far after a mention we look for a handle written right after it. */
const HANDLE_WINDOW = 40;
/** How far after a mention an @handle may follow ("telegram, if you like: @jan"). */
const AT_HANDLE_WINDOW = 80;

/** Messenger names in `text`, with where they end (indexes into the folded text). */
function findMentions(folded: string): { name: string; end: number }[] {
  return allMatches(MESSENGER_MENTION, folded).map((match) => ({
    name: match[0],
    end: match.index + match[0].length,
  }));
}

/**
 * The contact a message gives with a messenger name: a handle right after the name, an
 * @handle following it, or a phone-like number anywhere ("0612345678 is my WhatsApp").
 */
function contactNearMention(text: string, folded: string, mentionEnd: number): string | undefined {
  return (
    HANDLE_AFTER_MENTION.exec(folded.slice(mentionEnd, mentionEnd + HANDLE_WINDOW))?.[1] ??
    AT_HANDLE.exec(folded.slice(mentionEnd, mentionEnd + AT_HANDLE_WINDOW))?.[0] ??
    findDigitRuns(normaliseDigits(text), MIN_MESSENGER_NUMBER_DIGITS)[0]
  );
}

/**
 * "WhatsApp me on 06…", "telegram @jan", "insta: jan_smit". A name alone ("I don't use
 * WhatsApp") is not a contact detail.
 */
export function findMessengerContacts(text: string): MessengerContact[] {
  // Folding keeps "WhatsApp"/"ВАЙБЕР"/"واتس" comparable; it can shift indexes, so the
  // handle-after-mention check reads the folded text too.
  const folded = foldText(text);
  return findMentions(folded).flatMap((mention) => {
    const contact = contactNearMention(text, folded, mention.end);
    return contact === undefined ? [] : [{ via: mention.name.trim(), contact }];
  });
}

// ---------------------------------------------------------------- all together

/**
 * All contact details in `text`. E-mail addresses are removed before URLs are looked
 * for, and URLs before phone numbers, so "jan@example.com" is one e-mail flag and not
 * also a URL, and digits inside a URL are not also a phone number.
 */
export function findContactDetails(text: string): ContactDetail[] {
  const emails = findAndBlankOut(text, EMAIL_PATTERNS);
  const urls = findUrlsAndBlankOut(emails.rest);
  return [
    ...findPhoneNumbers(urls.rest).map((found) => ({ kind: 'phone' as const, text: found })),
    ...emails.found.map((found) => ({ kind: 'email' as const, text: found })),
    ...urls.found.map((found) => ({ kind: 'url' as const, text: found })),
    ...findMessengerContacts(text).map(({ via, contact }) => ({ kind: 'messenger' as const, text: contact, via })),
  ];
}
