import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { directionOf } from './direction';
import ar from './locales/ar.json';
import en from './locales/en.json';
import nl from './locales/nl.json';
import uk from './locales/uk.json';

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
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, nl: { translation: nl }, ar: { translation: ar }, uk: { translation: uk } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyLanguage(language);
  return i18next;
}
