import { intersectIntervals, unionIntervals } from './intervals.js';

describe('intervals', () => {
  it('unions overlapping and touching intervals, dropping empty ones', () => {
    expect(unionIntervals([{ start: 5, end: 7 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 9 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });

  it('intersects two sorted lists, including one interval spanning several', () => {
    const left = [{ start: 0, end: 10 }];
    const right = [{ start: 1, end: 2 }, { start: 4, end: 6 }, { start: 9, end: 12 }];
    expect(intersectIntervals(left, right)).toEqual([{ start: 1, end: 2 }, { start: 4, end: 6 }, { start: 9, end: 10 }]);
    expect(intersectIntervals(right, left)).toEqual(intersectIntervals(left, right));
    expect(intersectIntervals([{ start: 0, end: 1 }], [{ start: 1, end: 2 }])).toEqual([]);
  });
});
