import munkres from 'munkres-js';
import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import {
  solveCapacitatedAssignment,
  type CapacitatedAssignmentProblem,
  type CapacitatedAssignmentResult,
  type WeightedPair,
} from './assignment.js';

interface Shape {
  maxLeft: number;
  maxRight: number;
  maxCapacity: number;
  edgeProbability: number;
}

/** Random sparse instance; weights have two decimals and include zero/negative ones on purpose. */
function randomProblem(random: RandomSource, shape: Shape): CapacitatedAssignmentProblem {
  const leftCount = randomInt(random, 0, shape.maxLeft);
  const rightCount = randomInt(random, 0, shape.maxRight);
  const rightCapacities = Array.from({ length: rightCount }, () => randomInt(random, 0, shape.maxCapacity));
  const edges: WeightedPair[] = [];
  for (let left = 0; left < leftCount; left += 1) {
    for (let right = 0; right < rightCount; right += 1) {
      if (random() >= shape.edgeProbability) continue;
      edges.push({ left, right, weight: randomInt(random, -500, 10_000) / 100 });
      if (random() < 0.05) edges.push({ left, right, weight: randomInt(random, 0, 10_000) / 100 }); // parallel edge
    }
  }
  return { leftCount, rightCapacities, edges };
}

/** Exhaustive search over every valid b-matching: each left skips or takes one of its edges. */
function bruteForceBestWeight(problem: CapacitatedAssignmentProblem): number {
  const remaining = [...problem.rightCapacities];
  const edgesOf = (left: number): WeightedPair[] => problem.edges.filter((edge) => edge.left === left);
  const search = (left: number): number => {
    if (left === problem.leftCount) return 0;
    let best = search(left + 1);
    for (const edge of edgesOf(left)) {
      if (edge.weight <= 0 || remaining[edge.right] === 0) continue;
      remaining[edge.right] -= 1;
      best = Math.max(best, edge.weight + search(left + 1));
      remaining[edge.right] += 1;
    }
    return best;
  };
  return search(0);
}

/**
 * Independent exact oracle: expand each host into capacity copies, pad to a square matrix where
 * "no edge" costs the same as a zero-weight edge, and minimise (maxWeight - weight) with munkres-js.
 */
function munkresBestWeight(problem: CapacitatedAssignmentProblem): number {
  const copiesOf = problem.rightCapacities.map((capacity) => Math.min(capacity, problem.leftCount));
  const copyOwner = copiesOf.flatMap((copies, right) => Array.from({ length: copies }, () => right));
  const size = Math.max(problem.leftCount, copyOwner.length);
  if (size === 0) return 0;
  const best = new Map<string, number>();
  for (const { left, right, weight } of problem.edges) {
    const key = `${left}:${right}`;
    best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  const gain = (row: number, column: number): number =>
    row < problem.leftCount && column < copyOwner.length ? (best.get(`${row}:${copyOwner[column]}`) ?? 0) : 0;
  const ceiling = Math.max(0, ...problem.edges.map((edge) => edge.weight));
  const costs = Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => ceiling - Math.max(0, gain(row, column))),
  );
  return munkres(costs).reduce((total, [row, column]) => total + Math.max(0, gain(row, column)), 0);
}

function expectValidAssignment(problem: CapacitatedAssignmentProblem, result: CapacitatedAssignmentResult): void {
  const usedCapacity = problem.rightCapacities.map(() => 0);
  const seenLefts = new Set<number>();
  for (const pair of result.pairs) {
    expect(seenLefts.has(pair.left)).toBe(false);
    seenLefts.add(pair.left);
    usedCapacity[pair.right] += 1;
    expect(pair.weight).toBeGreaterThan(0);
    const matchingEdge = problem.edges.some(
      (edge) => edge.left === pair.left && edge.right === pair.right && edge.weight === pair.weight,
    );
    expect(matchingEdge).toBe(true);
  }
  usedCapacity.forEach((used, right) => expect(used).toBeLessThanOrEqual(problem.rightCapacities[right]));
  expect(result.totalWeight).toBe(result.pairs.reduce((total, pair) => total + pair.weight, 0));
}

describe('solveCapacitatedAssignment', () => {
  it('matches exhaustive search on tiny random instances', () => {
    const shape: Shape = { maxLeft: 6, maxRight: 4, maxCapacity: 3, edgeProbability: 0.6 };
    for (let seed = 1; seed <= 400; seed += 1) {
      const problem = randomProblem(createSeededRandom(seed), shape);
      const result = solveCapacitatedAssignment(problem);
      expectValidAssignment(problem, result);
      expect(result.totalWeight).toBeCloseTo(bruteForceBestWeight(problem), 6);
    }
  });

  it('matches a munkres-js oracle on larger random instances', () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const random = createSeededRandom(1000 + seed);
      const edgeProbability = random() * 0.3 + 0.02;
      const problem = randomProblem(random, { maxLeft: 60, maxRight: 40, maxCapacity: 3, edgeProbability });
      const result = solveCapacitatedAssignment(problem);
      expectValidAssignment(problem, result);
      expect(result.totalWeight).toBeCloseTo(munkresBestWeight(problem), 6);
    }
  });

  it('handles many ties with integer weights (scarce hosts) like the oracle', () => {
    for (let seed = 1; seed <= 15; seed += 1) {
      const random = createSeededRandom(5000 + seed);
      const base = randomProblem(random, { maxLeft: 50, maxRight: 12, maxCapacity: 2, edgeProbability: 0.4 });
      const problem = { ...base, edges: base.edges.map((edge) => ({ ...edge, weight: randomInt(random, 0, 3) })) };
      const result = solveCapacitatedAssignment(problem);
      expectValidAssignment(problem, result);
      expect(result.totalWeight).toBe(munkresBestWeight(problem));
    }
  });

  it('prefers two good matches over one excellent match that blocks them', () => {
    const problem = {
      leftCount: 2,
      rightCapacities: [1, 1],
      edges: [
        { left: 0, right: 0, weight: 10 },
        { left: 0, right: 1, weight: 9 },
        { left: 1, right: 0, weight: 8 },
      ],
    };
    const result = solveCapacitatedAssignment(problem);
    expect(result.pairs).toEqual([
      { left: 0, right: 1, weight: 9 },
      { left: 1, right: 0, weight: 8 },
    ]);
    expect(result.totalWeight).toBe(bruteForceBestWeight(problem));
  });

  it('fills a host up to its capacity and no further', () => {
    const edges = [0, 1, 2, 3].map((left) => ({ left, right: 0, weight: 10 + left }));
    const result = solveCapacitatedAssignment({ leftCount: 4, rightCapacities: [2], edges });
    expect(result.pairs.map((pair) => pair.left)).toEqual([2, 3]);
    expect(result.totalWeight).toBe(edges[2].weight + edges[3].weight);
  });

  it('never uses edges with zero or negative weight', () => {
    const edges = [
      { left: 0, right: 0, weight: 0 },
      { left: 1, right: 0, weight: -5 },
      { left: 1, right: 1, weight: 0 },
    ];
    const result = solveCapacitatedAssignment({ leftCount: 2, rightCapacities: [1, 1], edges });
    expect(result).toEqual({ pairs: [], totalWeight: 0 });
  });

  it('returns an empty matching for empty inputs', () => {
    const empty = { pairs: [], totalWeight: 0 };
    expect(solveCapacitatedAssignment({ leftCount: 0, rightCapacities: [], edges: [] })).toEqual(empty);
    expect(solveCapacitatedAssignment({ leftCount: 3, rightCapacities: [2, 1], edges: [] })).toEqual(empty);
    const zeroCapacity = { leftCount: 1, rightCapacities: [0], edges: [{ left: 0, right: 0, weight: 50 }] };
    expect(solveCapacitatedAssignment(zeroCapacity)).toEqual(empty);
  });

  it('reports exactly the sum of the chosen fractional weights', () => {
    const weights = [0.1, 0.2, 33.333, 66.667, 12.345678];
    const edges = weights.map((weight, left) => ({ left, right: left % 2, weight }));
    const result = solveCapacitatedAssignment({ leftCount: weights.length, rightCapacities: [3, 2], edges });
    expect(result.pairs).toHaveLength(weights.length);
    expect(result.totalWeight).toBe(result.pairs.reduce((total, pair) => total + pair.weight, 0));
  });

  it('rejects malformed problems with a clear error', () => {
    const valid = { leftCount: 1, rightCapacities: [1], edges: [{ left: 0, right: 0, weight: 1 }] };
    expect(() => solveCapacitatedAssignment({ ...valid, leftCount: -1 })).toThrow(/leftCount/);
    expect(() => solveCapacitatedAssignment({ ...valid, rightCapacities: [1.5] })).toThrow(/Capacity of right 0/);
    expect(() => solveCapacitatedAssignment({ ...valid, edges: [{ left: 1, right: 0, weight: 1 }] })).toThrow(/left 1/);
    expect(() => solveCapacitatedAssignment({ ...valid, edges: [{ left: 0, right: 2, weight: 1 }] })).toThrow(/right 2/);
    expect(() => solveCapacitatedAssignment({ ...valid, edges: [{ left: 0, right: 0, weight: NaN }] })).toThrow(
      /non-finite/,
    );
  });
});
