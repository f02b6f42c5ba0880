import { firstPositionWhere } from './binary-search.js';

describe('firstPositionWhere', () => {
  const sorted = [1, 3, 3, 5, 8];

  it('finds the first position where the predicate turns true', () => {
    const expected = [0, 0, 1, 1, 3, 3, 4, 5];
    const found = [0, 1, 2, 3, 4, 5, 8, 9].map((wanted) => firstPositionWhere(0, sorted.length, (position) => sorted[position] >= wanted));
    expect(found).toEqual(expected);
  });

  it('stays within the range it is given', () => {
    expect(firstPositionWhere(2, 4, (position) => sorted[position] >= 1)).toBe(2);
    expect(firstPositionWhere(2, 4, (position) => sorted[position] >= 9)).toBe(4);
    expect(firstPositionWhere(3, 3, () => true)).toBe(3);
  });
});
