import { createSeededRandom, randomInt } from './seeded-random.js';

function draws(seed: number, count: number): number[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random());
}

describe('seeded random', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('draws in [0, 1)', () => {
    for (const value of draws(7, 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers with both bounds reachable and nothing outside them', () => {
    const random = createSeededRandom(1);
    const seen = new Set(Array.from({ length: 1_000 }, () => randomInt(random, -2, 3)));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });
});
