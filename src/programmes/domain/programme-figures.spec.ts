import { checkInFigures, roundTo } from './programme-figures.js';

describe('checkInFigures', () => {
  it('counts each score, fills the missing ones with 0, and takes the mean', () => {
    expect(checkInFigures([{ score: 5, count: 2 }, { score: 2, count: 1 }])).toEqual({ count: 3, byScore: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 2 }, mean: 4 });
  });

  it('rounds the mean to two decimals', () => {
    expect(checkInFigures([{ score: 1, count: 1 }, { score: 2, count: 1 }, { score: 2, count: 1 }]).mean).toBe(1.67);
  });

  it('has no mean without check-ins', () => {
    expect(checkInFigures([])).toEqual({ count: 0, byScore: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }, mean: null });
  });

  it('ignores a score outside 1..5', () => {
    expect(checkInFigures([{ score: 6, count: 4 }, { score: 3, count: 1 }])).toMatchObject({ count: 1, mean: 3 });
  });
});

describe('roundTo', () => {
  it('rounds half up at the given decimals', () => {
    expect(roundTo(2.345, 1)).toBe(2.3);
    expect(roundTo(2.35, 1)).toBe(2.4);
    expect(roundTo(7, 2)).toBe(7);
  });
});
