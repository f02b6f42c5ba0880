import { PrefixIndex, sortRefsByKey } from './prefix-index.js';

function indexOf(entries: Array<[key: string, population: number]>): PrefixIndex {
  const keys = entries.map(([key]) => key);
  const populations = entries.map(([, population]) => population);
  return new PrefixIndex(sortRefsByKey(keys), keys, populations);
}

describe('PrefixIndex', () => {
  it('returns exact matches first, then the rest by population', () => {
    const index = indexOf([['ab', 5], ['a', 1], ['abc', 9], ['b', 100], ['a', 3], ['aa', 7]]);
    expect(index.topMatches('a', 10)).toEqual([4, 1, 2, 5, 0]);
    expect(index.topMatches('ab', 10)).toEqual([0, 2]);
  });

  it('stops at the limit', () => {
    const index = indexOf([['x1', 1], ['x2', 2], ['x3', 3]]);
    expect(index.topMatches('x', 2)).toEqual([2, 1]);
    expect(index.topMatches('x', 0)).toEqual([]);
  });

  it('returns nothing for a prefix past every key or between keys', () => {
    const index = indexOf([['b', 1], ['d', 1]]);
    expect(index.topMatches('z', 10)).toEqual([]);
    expect(index.topMatches('c', 10)).toEqual([]);
    expect(indexOf([]).topMatches('a', 10)).toEqual([]);
  });

  it('agrees with a brute-force ranking on random data', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const entries: Array<[string, number]> = Array.from({ length: 2_000 }, () => [
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => 'abc'[Math.floor(random() * 3)]).join(''),
      Math.floor(random() * 50),
    ]);
    const index = indexOf(entries);
    for (const prefix of ['a', 'b', 'ab', 'abc', 'cc', 'bca']) {
      const expected = entries
        .map(([key, population], ref) => ({ key, population, ref }))
        .filter(({ key }) => key.startsWith(prefix))
        .sort((x, y) => Number(y.key === prefix) - Number(x.key === prefix) || y.population - x.population || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.ref - y.ref))
        .slice(0, 10)
        .map(({ ref }) => ref);
      expect(index.topMatches(prefix, 10)).toEqual(expected);
    }
  });
});
