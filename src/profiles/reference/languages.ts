/**
 * Languages a person can say they speak: every ISO 639-1 code, plus the ISO 639-3 codes of
 * languages common among newcomers in the Netherlands that have no 639-1 code of their own.
 * Codes are stored on profiles, so never remove or rename one here.
 */

/** The 184 ISO 639-1 codes (deprecated ones such as 'iw', 'in', 'mo', 'sh' left out). */
const ISO_639_1_CODES = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az',
  'ba', 'be', 'bg', 'bh', 'bi', 'bm', 'bn', 'bo', 'br', 'bs',
  'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy',
  'da', 'de', 'dv', 'dz',
  'ee', 'el', 'en', 'eo', 'es', 'et', 'eu',
  'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy',
  'ga', 'gd', 'gl', 'gn', 'gu', 'gv',
  'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
  'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu',
  'ja', 'jv',
  'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky',
  'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv',
  'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my',
  'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny',
  'oc', 'oj', 'om', 'or', 'os',
  'pa', 'pi', 'pl', 'ps', 'pt',
  'qu',
  'rm', 'rn', 'ro', 'ru', 'rw',
  'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw',
  'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty',
  'ug', 'uk', 'ur', 'uz',
  've', 'vi', 'vo',
  'wa', 'wo',
  'xh',
  'yi', 'yo',
  'za', 'zh', 'zu',
] as const;

/**
 * ISO 639-3 codes for languages without a 639-1 code that newcomers and their neighbours speak.
 * A language that has a 639-1 code is listed only under it ('ti', not 'tir'), and so are codes
 * ICU folds into a 639-1 one ('tl' covers 'fil', 'bh' covers 'bho').
 */
const ISO_639_3_CODES = [
  // Persian, Kurdish and Turkish varieties
  'prs', 'haz', 'ckb', 'kmr', 'sdh', 'zza', 'lzz', 'bal',
  // Arabic varieties and Aramaic/Syriac
  'ary', 'arz', 'apc', 'acm', 'apd', 'aeb', 'arq', 'aii', 'syr',
  // Amazigh (Berber) languages
  'rif', 'shi', 'tzm', 'zgh', 'kab',
  // Horn of Africa
  'tig', 'byn', 'ssy', 'sid', 'wal',
  // Other African languages
  'din', 'nus', 'luo', 'kri', 'pcm', 'kea', 'mfe', 'snk', 'dyu', 'mos', 'men', 'tem', 'bem',
  // South and South-East Asia
  'pnb', 'skr', 'mai', 'kok', 'rhg', 'shn', 'ceb', 'hmn',
  // Chinese varieties
  'yue', 'nan', 'hak', 'wuu',
  // Dutch Caribbean, Surinamese and Roma communities
  'pap', 'srn', 'djk', 'hns', 'rom', 'nds', 'gsw',
  // Sign languages
  'dse', 'vgt', 'bfi', 'ase', 'ils',
] as const;

/**
 * Names for codes ICU (Node 20, ICU 78) cannot name in English. Dutch is added because this
 * platform serves the Netherlands: Dutch Sign Language should read "Nederlandse Gebarentaal".
 */
const NAMES_MISSING_FROM_ICU: Readonly<Partial<Record<string, { en: string; nl: string }>>> = {
  haz: { en: 'Hazaragi', nl: 'Hazaragi' },
  apc: { en: 'Levantine Arabic', nl: 'Levantijns-Arabisch' },
  acm: { en: 'Iraqi Arabic', nl: 'Iraaks-Arabisch' },
  apd: { en: 'Sudanese Arabic', nl: 'Soedanees-Arabisch' },
  aii: { en: 'Assyrian Neo-Aramaic', nl: 'Assyrisch Neo-Aramees' },
  skr: { en: 'Saraiki', nl: 'Saraiki' },
  djk: { en: 'Aukan', nl: 'Aukaans' },
  hns: { en: 'Sarnami Hindustani', nl: 'Sarnami Hindoestani' },
  dse: { en: 'Dutch Sign Language', nl: 'Nederlandse Gebarentaal' },
  vgt: { en: 'Flemish Sign Language', nl: 'Vlaamse Gebarentaal' },
  bfi: { en: 'British Sign Language', nl: 'Britse Gebarentaal' },
  ils: { en: 'International Sign', nl: 'Internationale Gebarentaal' },
};

/**
 * Language-neutral qualifiers (endonyms) for codes whose ICU name equals another listed code's,
 * because ICU folds them together: 'tw' → 'ak', 'kmr' → 'ku'.
 */
const QUALIFIERS_FOR_SHARED_NAMES: Readonly<Partial<Record<string, string>>> = {
  tw: 'Twi',
  kmr: 'Kurmanji',
};

export const LANGUAGE_CODES: readonly string[] = [...ISO_639_1_CODES, ...ISO_639_3_CODES];

const KNOWN_CODES: ReadonlySet<string> = new Set(LANGUAGE_CODES);

export interface Language {
  code: string;
  name: string;
}

/** Exact, lower-case codes only: the form we store. */
export function isLanguageCode(code: string): boolean {
  return KNOWN_CODES.has(code);
}

const listsByLocale = new Map<string, readonly Language[]>();

/**
 * Every language, named in `locale` where possible (else in English, else by code) and sorted
 * for that locale. Malformed or unknown locales get the English list.
 */
export function listLanguages(locale: string): Language[] {
  const displayLocales = [...usableLocales(locale), 'en'];
  const localNames = new Intl.DisplayNames(displayLocales, { type: 'language', fallback: 'none' });
  // Cached per resolved locale, which ICU limits to the few hundred it knows.
  const resolvedLocale = localNames.resolvedOptions().locale;
  let languages = listsByLocale.get(resolvedLocale);
  if (languages === undefined) {
    languages = buildList(localNames, new Intl.Collator(displayLocales));
    listsByLocale.set(resolvedLocale, languages);
  }
  return languages.map((language) => ({ ...language }));
}

function buildList(localNames: Intl.DisplayNames, collator: Intl.Collator): Language[] {
  const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const ownLanguage = new Intl.Locale(localNames.resolvedOptions().locale).language;
  const named = LANGUAGE_CODES.map((code) => ({
    code,
    name: localNames.of(code) ?? ownName(code, ownLanguage) ?? englishNames.of(code) ?? ownName(code, 'en') ?? code,
  }));
  return disambiguateSameNames(named).sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code));
}

function ownName(code: string, language: string): string | undefined {
  const names = NAMES_MISSING_FROM_ICU[code];
  return language === 'nl' || language === 'en' ? names?.[language] : undefined;
}

/** The requested locale if Intl accepts it; a malformed tag must not turn into a RangeError. */
function usableLocales(locale: string): string[] {
  try {
    return Intl.getCanonicalLocales(locale);
  } catch {
    return [];
  }
}

/**
 * Where two codes end up with one name, qualify the one we know a better label for, and
 * fall back to the code, so a picker never shows two identical entries.
 */
function disambiguateSameNames(languages: Language[]): Language[] {
  const qualified = qualifyShared(languages, (language) => QUALIFIERS_FOR_SHARED_NAMES[language.code]);
  return qualifyShared(qualified, (language) => language.code);
}

function qualifyShared(languages: Language[], qualifierOf: (language: Language) => string | undefined): Language[] {
  const nameCounts = new Map<string, number>();
  for (const { name } of languages) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  return languages.map((language) => ((nameCounts.get(language.name) ?? 0) > 1 ? qualify(language, qualifierOf(language)) : language));
}

function qualify(language: Language, qualifier: string | undefined): Language {
  return qualifier === undefined ? language : { code: language.code, name: `${language.name} (${qualifier})` };
}
