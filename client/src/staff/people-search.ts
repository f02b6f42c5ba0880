import { useEffect, useState } from 'react';
import type { PeopleSort } from '../api/client';

export type PeopleColumn = 'name' | 'createdAt';

/** Choosing a column's header: sorted by it already, the other way round; else by it, A→Z or oldest first. */
export function nextSort(current: PeopleSort, column: PeopleColumn): PeopleSort {
  if (current === column) return `-${column}`;
  return column;
}

/** What `aria-sort` says of a column's header. */
export function ariaSortOf(current: PeopleSort, column: PeopleColumn): 'ascending' | 'descending' | 'none' {
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return 'none';
}

/** The translation key of a sort: `-name` is `nameDesc`. */
export function sortKey(sort: PeopleSort): 'name' | 'nameDesc' | 'createdAt' | 'createdAtDesc' {
  switch (sort) {
    case 'name':
    case 'createdAt':
      return sort;
    case '-name':
      return 'nameDesc';
    case '-createdAt':
      return 'createdAtDesc';
  }
}

/** How many pages `total` people fill (at least one, so "page 1 of 1" even when nobody matches). */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** `value`, once it has stayed the same for `delayMs`: a search asks once typing pauses. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
