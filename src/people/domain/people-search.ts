/**
 * How staff find a person: the typed text, folded the way the stored names are folded in SQL
 * (lower case, common Latin accents dropped), becomes a LIKE pattern matching anywhere in a
 * display name or an address. No extension is needed: PostgreSQL's `translate` does the folding.
 */
export const ACCENTED = 'áàâäãåāăąéèêëēėęěíìîïīįóòôöõøōőúùûüūůűçćčñńýÿžźżšśřłđ';
export const UNACCENTED = 'aaaaaaaaaeeeeeeeeiiiiiioooooooouuuuuuucccnnyyzzzssrld';

export const PEOPLE_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const FOLD = new Map([...ACCENTED].map((letter, index) => [letter, UNACCENTED[index]]));

/** Lower case with the accents above dropped: "Émile" and "emile" fold alike. */
export function foldForSearch(text: string): string {
  return [...text.toLowerCase()].map((letter) => FOLD.get(letter) ?? letter).join('');
}

/** A LIKE pattern for "contains the folded text", with LIKE's own wildcards taken literally (ESCAPE '\'). */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The SQL folding of a column, the same as `foldForSearch`. Capitals are translated too, so the
 * result does not depend on whether the database's collation lowers accented letters.
 */
export function foldedColumn(column: string): string {
  return `lower(translate(${column}, '${ACCENTED}${ACCENTED.toUpperCase()}', '${UNACCENTED}${UNACCENTED}'))`;
}

/** ORDER BY for a sort; the id breaks ties so that pages never overlap. */
export function orderOf(sort: PeopleSort): string {
  switch (sort) {
    case 'name':
      return `lower(u.display_name) ASC, u.id ASC`;
    case '-name':
      return `lower(u.display_name) DESC, u.id DESC`;
    case 'createdAt':
      return `u.created_at ASC, u.id ASC`;
    case '-createdAt':
      return `u.created_at DESC, u.id DESC`;
  }
}
