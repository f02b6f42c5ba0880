/**
 * Where the abusive-language word lists come from. Package lists (naughty-words, the
 * LDNOOBW lists) and our own curated lists in ./wordlists/ end up in the same shape,
 * `WordList`, so the matcher does not care where a term came from.
 *
 * The JSON files are imported statically: tsc then copies them next to the compiled
 * module, and ts-jest loads them the same way.
 */
import arPackage from 'naughty-words/ar.json' with { type: 'json' };
import enPackage from 'naughty-words/en.json' with { type: 'json' };
import frPackage from 'naughty-words/fr.json' with { type: 'json' };
import nlPackage from 'naughty-words/nl.json' with { type: 'json' };
import ruPackage from 'naughty-words/ru.json' with { type: 'json' };
import arOwn from './wordlists/ar-extra.json' with { type: 'json' };
import enOwn from './wordlists/en-extra.json' with { type: 'json' };
import frOwn from './wordlists/fr-extra.json' with { type: 'json' };
import nlOwn from './wordlists/nl-extra.json' with { type: 'json' };
import ruOwn from './wordlists/ru-extra.json' with { type: 'json' };
import ukOwn from './wordlists/uk.json' with { type: 'json' };

/** A list of terms (single words or short phrases) in one language, from one source. */
export interface WordList {
  /** BCP 47 language tag reported on flags, e.g. 'en', 'uk'. */
  readonly language: string;
  /** 'naughty-words' for the package, 'common-ground' for our own files. */
  readonly source: string;
  readonly terms: readonly string[];
}

/** The shape of our own files in ./wordlists/. */
export interface OwnWordListFile {
  readonly source: string;
  readonly language: string;
  readonly description: string;
  readonly terms: readonly string[];
  /** Package-list terms we drop because they are innocent in everyday chat. */
  readonly excludeFromPackageList?: readonly string[];
}

const PACKAGE_SOURCE = 'naughty-words';

/** Wraps a raw naughty-words array in the common shape. */
export function packageWordList(language: string, terms: readonly string[]): WordList {
  return { language, source: PACKAGE_SOURCE, terms };
}

/** Our own file's additions, in the common shape. */
export function ownWordList(file: OwnWordListFile): WordList {
  return { language: file.language, source: file.source, terms: file.terms };
}

/** A package list minus the terms our file for that language excludes. */
export function withoutExcludedTerms(list: WordList, file: OwnWordListFile): WordList {
  const excluded = new Set(file.excludeFromPackageList ?? []);
  return { ...list, terms: list.terms.filter((term) => !excluded.has(term)) };
}

/** A package list together with our curation of it: package minus exclusions, plus additions. */
function curatedPackageLists(language: string, packageTerms: readonly string[], own: OwnWordListFile): WordList[] {
  return [withoutExcludedTerms(packageWordList(language, packageTerms), own), ownWordList(own)];
}

/**
 * All lists the detector uses, in priority order: when a term is in several lists the
 * first one names the language on the flag.
 */
export function defaultWordLists(): WordList[] {
  return [
    ...curatedPackageLists('en', enPackage, enOwn),
    ...curatedPackageLists('nl', nlPackage, nlOwn),
    ...curatedPackageLists('fr', frPackage, frOwn),
    ...curatedPackageLists('ar', arPackage, arOwn),
    ownWordList(ukOwn),
    // Russian after Ukrainian: shared mat ("хуй", "сука") is reported as Ukrainian.
    ...curatedPackageLists('ru', ruPackage, ruOwn),
  ];
}
