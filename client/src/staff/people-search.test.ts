import { describe, expect, it } from 'vitest';
import { ariaSortOf, nextSort, pageCount, sortKey } from './people-search';

describe('people search', () => {
  it('turns a sorted column round and sorts by a new one from its start', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('name', 'createdAt')).toBe('createdAt');
    expect(nextSort('createdAt', 'createdAt')).toBe('-createdAt');
  });

  it('says which way each header sorts', () => {
    expect(ariaSortOf('name', 'name')).toBe('ascending');
    expect(ariaSortOf('-name', 'name')).toBe('descending');
    expect(ariaSortOf('-name', 'createdAt')).toBe('none');
  });

  it('names each sort for its translation', () => {
    expect(['name', '-name', 'createdAt', '-createdAt'].map((s) => sortKey(s as 'name'))).toEqual(['name', 'nameDesc', 'createdAt', 'createdAtDesc']);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
