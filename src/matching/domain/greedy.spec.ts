import { createSeededRandom, randomInt } from '../../shared-domain/seeded-random.js';
import { solveCapacitatedAssignment, type CapacitatedAssignmentProblem, type WeightedPair } from './assignment.js';
import { greedyCapacitatedAssignment } from './greedy.js';

function randomProblem(seed: number): CapacitatedAssignmentProblem {
  const random = createSeededRandom(seed);
  const leftCount = randomInt(random, 1, 40);
  const rightCapacities = Array.from({ length: randomInt(random, 1, 15) }, () => randomInt(random, 0, 3));
  const edges: WeightedPair[] = [];
  for (let left = 0; left < leftCount; left += 1) {
    rightCapacities.forEach((_, right) => {
      if (random() < 0.3) edges.push({ left, right, weight: randomInt(random, -100, 10_000) / 100 });
    });
  }
  return { leftCount, rightCapacities, edges };
}

describe('greedyCapacitatedAssignment', () => {
  it('is beaten by the exact solver where taking the best edge first blocks two good matches', () => {
    // Migrant 0 likes host 0 most (10) but also host 1 (9); migrant 1 can only go to host 0 (8).
    const problem = {
      leftCount: 2,
      rightCapacities: [1, 1],
      edges: [
        { left: 0, right: 0, weight: 10 },
        { left: 0, right: 1, weight: 9 },
        { left: 1, right: 0, weight: 8 },
      ],
    };
    const greedy = greedyCapacitatedAssignment(problem);
    const exact = solveCapacitatedAssignment(problem);
    expect(greedy.pairs).toEqual([{ left: 0, right: 0, weight: 10 }]);
    expect(exact.totalWeight).toBe(9 + 8);
    expect(greedy.totalWeight).toBeLessThan(exact.totalWeight);
  });

  it('takes edges in descending weight while both sides have room', () => {
    const problem = {
      leftCount: 3,
      rightCapacities: [2],
      edges: [
        { left: 0, right: 0, weight: 5 },
        { left: 1, right: 0, weight: 7 },
        { left: 2, right: 0, weight: 6 },
      ],
    };
    const result = greedyCapacitatedAssignment(problem);
    expect(result.pairs.map((pair) => pair.left)).toEqual([1, 2]);
    expect(result.totalWeight).toBe(13);
  });

  it('produces valid matchings that never exceed the exact optimum', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const problem = randomProblem(seed);
      const greedy = greedyCapacitatedAssignment(problem);
      const used = problem.rightCapacities.map(() => 0);
      greedy.pairs.forEach((pair) => (used[pair.right] += 1));
      used.forEach((count, right) => expect(count).toBeLessThanOrEqual(problem.rightCapacities[right]));
      expect(new Set(greedy.pairs.map((pair) => pair.left)).size).toBe(greedy.pairs.length);
      expect(greedy.pairs.every((pair) => pair.weight > 0)).toBe(true);
      expect(greedy.totalWeight).toBe(greedy.pairs.reduce((total, pair) => total + pair.weight, 0));
      expect(greedy.totalWeight).toBeLessThanOrEqual(solveCapacitatedAssignment(problem).totalWeight + 1e-9);
    }
  });

  it('returns an empty matching for empty inputs', () => {
    expect(greedyCapacitatedAssignment({ leftCount: 0, rightCapacities: [], edges: [] })).toEqual({
      pairs: [],
      totalWeight: 0,
    });
  });
});
