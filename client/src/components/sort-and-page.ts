/** Sorting and paging a list held in full by the client: pure, so the tables stay thin. */

export type SortDirection = 'ascending' | 'descending';

export interface SortState<C extends string> {
  column: C;
  direction: SortDirection;
}

/** Choosing a column's header: sorted by it already, the other way round; else by it, ascending. */
export function nextSortState<C extends string>(current: SortState<C>, column: C): SortState<C> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** What `aria-sort` says of a column's header. */
export function ariaSortFor<C extends string>(current: SortState<C>, column: C): SortDirection | 'none' {
  return current.column === column ? current.direction : 'none';
}

/** A copy sorted by `compare`, reversed when descending; equal rows keep their order. */
export function sortRows<T>(rows: readonly T[], compare: (a: T, b: T) => number, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** How many pages `total` rows fill (at least one, so "page 1 of 1" when there is nothing). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The rows of page `page` (1-based); a page past the end shows the last one. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number } {
  const pages = pageCount(rows.length, pageSize);
  const shown = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((shown - 1) * pageSize, shown * pageSize), page: shown, pages };
}
