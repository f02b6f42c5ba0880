import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { directionOf } from './direction';
import en from './locales/en.json';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'ar', name: 'العربية' },
  { code: 'uk', name: 'Українська' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'cg.language';

export function isSupported(code: string): code is LanguageCode {
  return LANGUAGES.some((language) => language.code === code);
}

/** The saved choice, else the first browser language we support, else English. */
export function initialLanguage(saved: string | null, browserLanguages: readonly string[]): LanguageCode {
  if (saved !== null && isSupported(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isSupported(base)) return base;
  }
  return 'en';
}

/** Mirrors the language onto <html lang dir> (the direction from the tag, so Arabic lays out right to left), and remembers it. */
function applyLanguage(code: string): void {
  const language = LANGUAGES.find((candidate) => candidate.code === code) ?? LANGUAGES[0];
  document.documentElement.lang = language.code;
  document.documentElement.dir = directionOf(language.code);
  setApiLanguage(language.code);
  try {
    localStorage.setItem(STORAGE_KEY, language.code);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/**
 * English comes with the app (it is also the fallback); every other language is a chunk of its own,
 * fetched when it is chosen, so a visit downloads and runs one language, not four.
 */
const OTHER_LOCALES: Record<string, (() => Promise<{ default: ResourceKey }>) | undefined> = {
  nl: () => import('./locales/nl.json'),
  ar: () => import('./locales/ar.json'),
  uk: () => import('./locales/uk.json'),
};

const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const load = OTHER_LOCALES[language];
    if (load === undefined) return callback(null, {});
    load().then((locale) => callback(null, locale.default), (error: unknown) => callback(error instanceof Error ? error.message : String(error), false));
  },
};

let ready: Promise<unknown> = Promise.resolve();

/** Settles once the first language's words are loaded: at once for English, after its chunk for another. */
export function languageReady(): Promise<unknown> {
  return ready;
}

export function setUpI18n(): typeof i18next {
  const saved = (() => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  })();
  const language = initialLanguage(saved, navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', applyLanguage);
  ready = i18next.use(localeChunks).use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyLanguage(language);
  return i18next;
}
