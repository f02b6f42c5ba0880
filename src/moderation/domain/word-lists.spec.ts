import arPackage from 'naughty-words/ar.json' with { type: 'json' };
import enPackage from 'naughty-words/en.json' with { type: 'json' };
import frPackage from 'naughty-words/fr.json' with { type: 'json' };
import nlPackage from 'naughty-words/nl.json' with { type: 'json' };
import ruPackage from 'naughty-words/ru.json' with { type: 'json' };
import { defaultWordLists, type OwnWordListFile } from './word-lists.js';
import arOwn from './wordlists/ar-extra.json' with { type: 'json' };
import enOwn from './wordlists/en-extra.json' with { type: 'json' };
import frOwn from './wordlists/fr-extra.json' with { type: 'json' };
import nlOwn from './wordlists/nl-extra.json' with { type: 'json' };
import ruOwn from './wordlists/ru-extra.json' with { type: 'json' };
import ukOwn from './wordlists/uk.json' with { type: 'json' };

const CURATED: readonly [OwnWordListFile, readonly string[]][] = [
  [enOwn, enPackage],
  [nlOwn, nlPackage],
  [frOwn, frPackage],
  [arOwn, arPackage],
  [ruOwn, ruPackage],
];

describe('word lists', () => {
  it('covers at least English, Dutch, French, Arabic and Ukrainian', () => {
    const languages = new Set(defaultWordLists().map((list) => list.language));
    for (const language of ['en', 'nl', 'fr', 'ar', 'uk']) expect(languages).toContain(language);
  });

  it('marks our own files as ours', () => {
    for (const file of [enOwn, nlOwn, frOwn, arOwn, ruOwn, ukOwn]) {
      expect(file.source).toBe('common-ground');
      expect(file.description).toMatch(/OUR OWN/u);
    }
  });

  // If the package changes a list, an exclusion may silently stop doing anything.
  it.each(CURATED.map(([own, pkg]) => [own.language, own, pkg] as const))(
    'every %s exclusion names a term that the package list still has',
    (_language, own, pkg) => {
      const missing = (own.excludeFromPackageList ?? []).filter((term) => !pkg.includes(term));
      expect(missing).toEqual([]);
    },
  );

  it('drops the excluded terms from the lists the detector uses', () => {
    const english = defaultWordLists().filter((list) => list.language === 'en').flatMap((list) => list.terms);
    expect(english).toContain('fuck');
    expect(english).toContain('fucker'); // ours
    expect(english).not.toContain('escort'); // excluded
  });
});
