import munkres from 'munkres-js';
import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import { solveDenseAssignment, type DenseAssignmentResult } from './dense-assignment.js';

function randomMatrix(random: RandomSource, size: number, min: number, max: number): number[][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => randomInt(random, min, max)));
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
