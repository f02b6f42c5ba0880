import { ACCENTED, containsPattern, foldedColumn, foldForSearch, orderOf, PEOPLE_SORTS, UNACCENTED } from './people-search.js';

describe('people search', () => {
  it('folds accents and case, letter for letter', () => {
    expect([...ACCENTED]).toHaveLength([...UNACCENTED].length);
    expect([...ACCENTED.toUpperCase()]).toHaveLength([...UNACCENTED].length);
    expect(foldForSearch('Émile Ğ Łódź')).toBe('emile ğ lodz');
    expect(foldForSearch('ÅSA')).toBe('asa');
  });

  it('makes a contains pattern that takes wildcards literally', () => {
    expect(containsPattern('  Zoë ')).toBe('%zoe%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('folds a column in SQL with capitals and small letters alike', () => {
    expect(foldedColumn('u.display_name')).toMatch(/^lower\(translate\(u\.display_name, 'á.*Á.*', 'a.*a.*'\)\)$/);
  });

  it('orders every sort with the id as the tie-breaker', () => {
    for (const sort of PEOPLE_SORTS) expect(orderOf(sort)).toMatch(/u\.id (ASC|DESC)$/);
    expect(orderOf('-createdAt')).toContain('u.created_at DESC');
  });
});
