import { createSeededRandom, randomInt, type RandomSource } from '../../shared-domain/seeded-random.js';
import { solveCompactAssignment, type CompactAssignmentProblem } from './assignment.js';
import { findComponents, solveByPieces, splitIntoPieces } from './round-components.js';

const edgesOf = (pairs: Array<[number, number]>) => ({ left: Int32Array.from(pairs, ([l]) => l), right: Int32Array.from(pairs, ([, r]) => r) });

/** Clusters of people with edges only inside a cluster (plus loners), the shape of a round's graph. */
function randomClusteredProblem(random: RandomSource): CompactAssignmentProblem {
  const leftCount = randomInt(random, 0, 40);
  const rightCount = randomInt(random, 0, 30);
  const clusters = randomInt(random, 1, 6);
  const clusterOfLeft = Array.from({ length: leftCount }, () => randomInt(random, 0, clusters - 1));
  const clusterOfRight = Array.from({ length: rightCount }, () => randomInt(random, 0, clusters - 1));
  const pairs: Array<[number, number, number]> = [];
  for (let left = 0; left < leftCount; left += 1) {
    for (let right = 0; right < rightCount; right += 1) {
      // Weights with one decimal, as scores carry, and some ties on purpose.
      if (clusterOfLeft[left] === clusterOfRight[right] && random() < 0.3) pairs.push([left, right, randomInt(random, 200, 400) / 10]);
    }
  }
  return {
    leftCount,
    rightCapacities: Int32Array.from({ length: rightCount }, () => randomInt(random, 0, 3)),
    edgeLeft: Int32Array.from(pairs, ([l]) => l),
    edgeRight: Int32Array.from(pairs, ([, r]) => r),
    edgeWeight: Float64Array.from(pairs, ([, , w]) => w),
  };
}

describe('findComponents', () => {
  it('groups people joined through shared partners, and leaves people without pairs out', () => {
    // m0-h0-m1 form one component, m2-h2 another; m3 and h1 have no pair.
    const { left, right } = edgesOf([[0, 0], [1, 0], [2, 2]]);
    const components = findComponents(4, 3, left, right);
    expect(components.count).toBe(2);
    expect(components.ofLeft[0]).toBe(components.ofLeft[1]);
    expect(components.ofLeft[0]).toBe(components.ofRight[0]);
    expect(components.ofLeft[2]).toBe(components.ofRight[2]);
    expect(components.ofLeft[2]).not.toBe(components.ofLeft[0]);
    expect([components.ofLeft[3], components.ofRight[1]]).toEqual([-1, -1]);
    expect(Array.from(components.edgeCount)).toEqual([2, 1]);
    expect(Array.from(components.nodeCount)).toEqual([3, 2]);
  });

  it('joins components through a chain of shared partners', () => {
    const { left, right } = edgesOf([[0, 0], [1, 1], [2, 2], [1, 0], [2, 1]]);
    expect(findComponents(3, 3, left, right).count).toBe(1);
  });
});

describe('splitIntoPieces', () => {
  const problem: CompactAssignmentProblem = {
    leftCount: 5,
    rightCapacities: Int32Array.from([1, 2, 1]),
    edgeLeft: Int32Array.from([0, 1, 2, 3, 4]),
    edgeRight: Int32Array.from([0, 0, 1, 2, 0]),
    edgeWeight: Float64Array.from([10, 20, 30, 40, 5]),
  };

  it('keeps a component above the packing size alone and packs the small ones together', () => {
    const { pieces, components } = splitIntoPieces(problem, 2);
    expect(components.count).toBe(3);
    expect(pieces.map((piece) => [piece.edgeIds.length, piece.components])).toEqual([[3, 1], [2, 2]]);
    const big = pieces[0];
    expect(Array.from(big.leftIds)).toEqual([0, 1, 4]);
    expect(Array.from(big.problem.rightCapacities)).toEqual([1]);
    expect(Array.from(big.problem.edgeWeight)).toEqual([10, 20, 5]);
    expect(Array.from(big.problem.edgeLeft)).toEqual([0, 1, 2]);
  });

  it('puts every edge in exactly one piece', () => {
    const { pieces } = splitIntoPieces(problem, 100);
    expect(pieces).toHaveLength(1);
    expect(Array.from(pieces[0].edgeIds).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('solveByPieces', () => {
  it('reaches the same total as solving the whole graph at once, on random instances', () => {
    const random = createSeededRandom(2026);
    let nonTrivial = 0;
    for (let instance = 0; instance < 300; instance += 1) {
      const problem = randomClusteredProblem(random);
      const whole = solveCompactAssignment(problem);
      const packUpTo = randomInt(random, 0, 40);
      const byPieces = solveByPieces(problem, packUpTo);
      expect(byPieces.totalWeight).toBeCloseTo(whole.totalWeight, 6);
      const lefts = Array.from(byPieces.chosenEdges, (edge) => problem.edgeLeft[edge]);
      expect(new Set(lefts).size).toBe(lefts.length);
      expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
      const used = new Map<number, number>();
      for (const edge of byPieces.chosenEdges) used.set(problem.edgeRight[edge], (used.get(problem.edgeRight[edge]) ?? 0) + 1);
      for (const [right, count] of used) expect(count).toBeLessThanOrEqual(problem.rightCapacities[right]);
      if (whole.chosenEdges.length > 3) nonTrivial += 1;
    }
    expect(nonTrivial).toBeGreaterThan(100);
  });
});
