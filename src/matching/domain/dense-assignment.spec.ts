import munkres from 'munkres-js';
import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import { solveDenseAssignment, solveDenseAssignmentFlat, type DenseAssignmentResult } from './dense-assignment.js';

function randomMatrix(random: RandomSource, size: number, min: number, max: number): number[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => randomInt(random, min, max)));
}

function flatten(costs: number[][]): Float64Array {
  return Float64Array.from(costs.flat());
}

function bruteForceMinimumCost(costs: number[][]): number {
  const size = costs.length;
  const used = new Array<boolean>(size).fill(false);
  const search = (row: number): number => {
    if (row === size) return 0;
    let best = Infinity;
    for (let column = 0; column < size; column += 1) {
      if (used[column]) continue;
      used[column] = true;
      best = Math.min(best, costs[row][column] + search(row + 1));
      used[column] = false;
    }
    return best;
  };
  return search(0);
}

function munkresMinimumCost(costs: number[][]): number {
  return munkres(costs.map((row) => [...row])).reduce((total, [row, column]) => total + costs[row][column], 0);
}

/** The assignment must be a permutation and the reported cost its exact sum. */
function expectConsistent(costs: number[][], result: DenseAssignmentResult): void {
  const size = costs.length;
  expect(result.assignment).toHaveLength(size);
  expect([...result.assignment].sort((first, second) => first - second)).toEqual(
    Array.from({ length: size }, (_, column) => column),
  );
  expect(result.cost).toBe(result.assignment.reduce((total, column, row) => total + costs[row][column], 0));
}

describe('solveDenseAssignment', () => {
  it('matches exhaustive search over all permutations for n <= 7', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = createSeededRandom(seed);
      const size = randomInt(random, 1, 7);
      const costs = randomMatrix(random, size, -20, seed % 2 === 0 ? 4 : 100); // small ranges force ties
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(bruteForceMinimumCost(costs));
    }
  });

  it('matches munkres-js on random integer matrices up to 80x80', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = createSeededRandom(700 + seed);
      const costs = randomMatrix(random, randomInt(random, 2, 80), 1, seed % 3 === 0 ? 3 : 100);
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('matches munkres-js on product-like matrices where rows compete for the same columns', () => {
    // (i+1)(j+1) plus noise: row reduction leaves many rows free, so the shortest-path phase does the work.
    for (let seed = 1; seed <= 30; seed += 1) {
      const random = createSeededRandom(800 + seed);
      const size = randomInt(random, 5, 60);
      const costs = Array.from({ length: size }, (_, row) =>
        Array.from({ length: size }, (_, column) => (row + 1) * (column + 1) + randomInt(random, 0, 3)),
      );
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('matches munkres-js on fractional costs', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = createSeededRandom(900 + seed);
      const size = randomInt(random, 2, 40);
      const costs = Array.from({ length: size }, () => Array.from({ length: size }, () => random() * 100));
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBeCloseTo(munkresMinimumCost(costs), 9);
    }
  });

  it('accepts Float64Array rows', () => {
    const random = createSeededRandom(42);
    const costs = randomMatrix(random, 12, 1, 100);
    const result = solveDenseAssignment(costs.map((row) => Float64Array.from(row)));
    expectConsistent(costs, result);
    expect(result.cost).toBe(munkresMinimumCost(costs));
  });

  it('matches exhaustive search on wide cost ranges 1..1e6 for n <= 7', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = createSeededRandom(1000 + seed);
      const costs = randomMatrix(random, randomInt(random, 1, 7), 1, 1_000_000);
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(bruteForceMinimumCost(costs));
    }
  });

  it('matches munkres-js on wide cost ranges 1..1e6 up to 120x120', () => {
    for (let seed = 1; seed <= 16; seed += 1) {
      const random = createSeededRandom(1100 + seed);
      const costs = randomMatrix(random, seed === 1 ? 120 : randomInt(random, 8, 90), 1, 1_000_000);
      const result = solveDenseAssignmentFlat(flatten(costs), costs.length);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('matches munkres-js on wide-range matrices where rows compete for the same columns', () => {
    // Long augmenting paths: the shortest-path phase, not row reduction, settles most rows.
    for (let seed = 1; seed <= 12; seed += 1) {
      const random = createSeededRandom(1150 + seed);
      const size = randomInt(random, 10, 70);
      const costs = Array.from({ length: size }, (_, row) =>
        Array.from({ length: size }, (_, column) => (row + 1) * (column + 1) * 200 + randomInt(random, 1, 100_000)),
      );
      const result = solveDenseAssignmentFlat(flatten(costs), size);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('matches munkres-js on narrow ranges where most costs tie', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = createSeededRandom(1200 + seed);
      const costs = randomMatrix(random, randomInt(random, 8, 70), 0, seed % 2 === 0 ? 1 : 2);
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('solves a matrix where every cost is equal, so every row wants every column', () => {
    const costs = Array.from({ length: 40 }, () => new Array<number>(40).fill(9));
    const result = solveDenseAssignment(costs);
    expectConsistent(costs, result);
    expect(result.cost).toBe(360);
  });

  it('matches munkres-js when costs mix negative and large values', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const random = createSeededRandom(1300 + seed);
      const costs = randomMatrix(random, randomInt(random, 2, 50), -1_000_000, 1_000_000);
      const result = solveDenseAssignment(costs);
      expectConsistent(costs, result);
      expect(result.cost).toBe(munkresMinimumCost(costs));
    }
  });

  it('gives the same optimum from the flat entry point as from rows, and leaves the flat costs untouched', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = createSeededRandom(1400 + seed);
      const costs = randomMatrix(random, randomInt(random, 0, 30), 1, seed % 2 === 0 ? 5 : 1_000_000);
      const flat = flatten(costs);
      const before = Float64Array.from(flat);
      const fromFlat = solveDenseAssignmentFlat(flat, costs.length);
      expectConsistent(costs, fromFlat);
      expect(fromFlat.cost).toBe(solveDenseAssignment(costs).cost);
      expect(flat).toEqual(before);
    }
  });

  it('solves 2x2 matrices either way round', () => {
    expect(solveDenseAssignmentFlat(Float64Array.from([1, 5, 5, 1]), 2)).toEqual({ assignment: [0, 1], cost: 2 });
    expect(solveDenseAssignmentFlat(Float64Array.from([5, 1, 1, 5]), 2)).toEqual({ assignment: [1, 0], cost: 2 });
  });

  it('rejects a flat matrix whose length or size does not make a square', () => {
    expect(() => solveDenseAssignmentFlat(new Float64Array(5), 2)).toThrow(/square/);
    expect(() => solveDenseAssignmentFlat(new Float64Array(4), 1.5)).toThrow(/square/);
    expect(() => solveDenseAssignmentFlat(new Float64Array(0), -1)).toThrow(/square/);
    expect(() => solveDenseAssignmentFlat(Float64Array.from([1, 2, 3, Infinity]), 2)).toThrow(/row 1, column 1/);
    expect(() => solveDenseAssignmentFlat(Float64Array.from([1, 2, -Infinity, 4]), 2)).toThrow(/row 1, column 0/);
    expect(solveDenseAssignmentFlat(new Float64Array(0), 0)).toEqual({ assignment: [], cost: 0 });
  });

  it('handles empty and 1x1 matrices', () => {
    expect(solveDenseAssignment([])).toEqual({ assignment: [], cost: 0 });
    expect(solveDenseAssignment([[7]])).toEqual({ assignment: [0], cost: 7 });
  });

  it('rejects non-square and non-finite input', () => {
    expect(() => solveDenseAssignment([[1, 2], [3]])).toThrow(/square/);
    expect(() => solveDenseAssignment([[1, 2, 3], [4, 5, 6]])).toThrow(/square/);
    expect(() => solveDenseAssignment([[1, NaN], [3, 4]])).toThrow(/row 0, column 1/);
  });
});
