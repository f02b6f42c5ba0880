import { collator } from '../i18n/intl-formats';

/** The organisations behind a list of programmes: each name once, in the order of the interface language. */
export function organisationNames(programmes: ReadonlyArray<{ organisationName: string }>, uiLanguage: string): string[] {
  const names = new Set(programmes.map((programme) => programme.organisationName.trim()).filter((name) => name !== ''));
  return names.size < 2 ? [...names] : [...names].sort(collator(uiLanguage).compare);
}
