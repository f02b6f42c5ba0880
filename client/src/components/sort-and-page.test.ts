import { describe, expect, it } from 'vitest';
import { ariaSortFor, nextSortState, pageCount, pageOf, sortRows } from './sort-and-page';

describe('sorting and paging', () => {
  it('turns a column round when chosen again, and starts another ascending', () => {
    expect(nextSortState({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSortState({ column: 'name', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSortState({ column: 'name', direction: 'descending' }, 'age')).toEqual({ column: 'age', direction: 'ascending' });
    expect(ariaSortFor({ column: 'name', direction: 'descending' }, 'name')).toBe('descending');
    expect(ariaSortFor({ column: 'name', direction: 'descending' }, 'age')).toBe('none');
  });

  it('sorts a copy either way and keeps equal rows in their order', () => {
    const rows = [{ n: 2, id: 'a' }, { n: 1, id: 'b' }, { n: 2, id: 'c' }];
    const byN = (x: { n: number }, y: { n: number }) => x.n - y.n;
    expect(sortRows(rows, byN, 'ascending').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, byN, 'descending').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('pages rows, showing the last page for a page past the end', () => {
    const rows = Array.from({ length: 25 }, (_, i) => i);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(25, 10)).toBe(3);
    expect(pageOf(rows, 2, 10)).toEqual({ rows: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], page: 2, pages: 3 });
    expect(pageOf(rows, 9, 10)).toEqual({ rows: [20, 21, 22, 23, 24], page: 3, pages: 3 });
    expect(pageOf([], 1, 10)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});
