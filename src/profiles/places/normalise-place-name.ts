/**
 * Folds a place name (or a typed query) to the form the gazetteer indexes, so that
 * "Zürich", "ZURICH" and "zurich" compare equal and "'s-Hertogenbosch" is found by "s hertogenbosch".
 */

// Letters that NFKD leaves whole because they are not "letter + accent" in Unicode.
const UNDECOMPOSABLE_LETTERS: Readonly<Partial<Record<string, string>>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSABLE = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join('')}]`, 'gu');
// Apostrophes vanish rather than split words: "Norabats’" is typed as "norabats".
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC`]/gu;
// Hyphens, dots, commas, brackets… all become one space, so "Saint-Denis" matches "saint denis".
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

export function normalisePlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
