/**
 * Greedy baseline for capacitated assignment: take edges by descending weight while both
 * sides still have room. Fast and simple, but not optimal; used for benchmarks and tests.
 */
import {
  sumWeights,
  validateAssignmentProblem,
  type CapacitatedAssignmentProblem,
  type CapacitatedAssignmentResult,
  type WeightedPair,
} from './assignment.js';

export function greedyCapacitatedAssignment(problem: CapacitatedAssignmentProblem): CapacitatedAssignmentResult {
  validateAssignmentProblem(problem);
  const remainingCapacity = [...problem.rightCapacities];
  const leftTaken = new Uint8Array(problem.leftCount);
  const pairs: WeightedPair[] = [];
  for (const edge of byDescendingWeight(problem.edges)) {
    if (edge.weight <= 0) break; // sorted: nothing positive remains
    if (leftTaken[edge.left] === 1 || remainingCapacity[edge.right] <= 0) continue;
    leftTaken[edge.left] = 1;
    remainingCapacity[edge.right] -= 1;
    pairs.push({ left: edge.left, right: edge.right, weight: edge.weight });
  }
  pairs.sort((first, second) => first.left - second.left);
  return { pairs, totalWeight: sumWeights(pairs) };
}

/** Ties broken by left then right index so results are deterministic. */
function byDescendingWeight(edges: readonly WeightedPair[]): WeightedPair[] {
  return [...edges].sort(
    (first, second) => second.weight - first.weight || first.left - second.left || first.right - second.right,
  );
}
