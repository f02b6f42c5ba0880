/**
 * Exact maximum-weight capacitated assignment (bipartite b-matching) for matching rounds.
 * Left nodes (migrants) are matched at most once, right nodes (hosts) at most their capacity;
 * nodes may stay unmatched, only the total weight counts.
 *
 * Floating point: weights are quantised to integers (weight * WEIGHT_SCALE, rounded) for the
 * search, so every path length is an exact integer and optimality never depends on an epsilon.
 * The optimum is exact for the quantised weights; versus the raw weights it can be off by at
 * most (pairs matched) * 0.5 / WEIGHT_SCALE. Reported weights are always the caller's originals.
 */
import { maximiseBipartiteGain, NO_EDGE, type BipartiteNetwork } from './min-cost-flow.js';

export interface WeightedPair {
  left: number;
  right: number;
  weight: number;
}

export interface CapacitatedAssignmentProblem {
  leftCount: number;
  rightCapacities: readonly number[];
  edges: readonly WeightedPair[];
}

export interface CapacitatedAssignmentResult {
  /** Chosen pairs, ordered by left index. */
  pairs: WeightedPair[];
  /** Sum of the chosen pairs' weights, in pair order. */
  totalWeight: number;
}

/** Weights are resolved to 1e-6, far finer than any meaningful difference in match scores. */
export const WEIGHT_SCALE = 1_000_000;

/**
 * The same problem as parallel typed arrays (a round's shape): edge i joins edgeLeft[i] and
 * edgeRight[i] with edgeWeight[i]. Callers guarantee the indexes are in range.
 */
export interface CompactAssignmentProblem {
  leftCount: number;
  rightCapacities: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeWeight: Float64Array;
}

export interface CompactAssignmentResult {
  /** Index of each chosen edge, ordered by left index. */
  chosenEdges: Int32Array;
  /** Sum of the chosen edges' weights, in that order. */
  totalWeight: number;
}

export function solveCapacitatedAssignment(problem: CapacitatedAssignmentProblem): CapacitatedAssignmentResult {
  validateAssignmentProblem(problem);
  const { chosenEdges } = solveCompactAssignment(toCompact(problem));
  const pairs = Array.from(chosenEdges, (edge) => {
    const { left, right, weight } = problem.edges[edge];
    return { left, right, weight };
  });
  return { pairs, totalWeight: sumWeights(pairs) };
}

export function solveCompactAssignment(problem: CompactAssignmentProblem): CompactAssignmentResult {
  const { network, sourceEdgeIndex } = buildNetwork(problem);
  const matchedEdge = maximiseBipartiteGain(network);
  const chosen: number[] = [];
  let totalWeight = 0;
  for (let left = 0; left < problem.leftCount; left += 1) {
    if (matchedEdge[left] === NO_EDGE) continue;
    const edge = sourceEdgeIndex[matchedEdge[left]];
    chosen.push(edge);
    totalWeight += problem.edgeWeight[edge];
  }
  return { chosenEdges: Int32Array.from(chosen), totalWeight };
}

function toCompact(problem: CapacitatedAssignmentProblem): CompactAssignmentProblem {
  const { edges } = problem;
  return {
    leftCount: problem.leftCount,
    rightCapacities: Int32Array.from(problem.rightCapacities),
    edgeLeft: Int32Array.from(edges, (edge) => edge.left),
    edgeRight: Int32Array.from(edges, (edge) => edge.right),
    edgeWeight: Float64Array.from(edges, (edge) => edge.weight),
  };
}

export function sumWeights(pairs: readonly WeightedPair[]): number {
  return pairs.reduce((total, pair) => total + pair.weight, 0);
}

/** Throws a RangeError describing the first structural problem found. */
export function validateAssignmentProblem(problem: CapacitatedAssignmentProblem): void {
  const { leftCount, rightCapacities, edges } = problem;
  if (!Number.isInteger(leftCount) || leftCount < 0) {
    throw new RangeError(`leftCount must be a non-negative integer, got ${leftCount}`);
  }
  rightCapacities.forEach((capacity, right) => {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`Capacity of right ${right} must be a non-negative integer, got ${capacity}`);
    }
  });
  edges.forEach((edge, index) => {
    if (!Number.isInteger(edge.left) || edge.left < 0 || edge.left >= leftCount) {
      throw new RangeError(`Edge ${index} has left ${edge.left} outside 0..${leftCount - 1}`);
    }
    if (!Number.isInteger(edge.right) || edge.right < 0 || edge.right >= rightCapacities.length) {
      throw new RangeError(`Edge ${index} has right ${edge.right} outside 0..${rightCapacities.length - 1}`);
    }
    if (!Number.isFinite(edge.weight)) throw new RangeError(`Edge ${index} has non-finite weight ${edge.weight}`);
  });
}

/** Whether an edge can ever help: positive after quantisation and towards a host with room. */
function isUsable(problem: CompactAssignmentProblem, edge: number): boolean {
  return quantise(problem.edgeWeight[edge]) > 0 && problem.rightCapacities[problem.edgeRight[edge]] > 0;
}

function quantise(weight: number): number {
  return Math.round(weight * WEIGHT_SCALE);
}

function buildNetwork(problem: CompactAssignmentProblem): {
  network: BipartiteNetwork;
  sourceEdgeIndex: Int32Array;
} {
  const { leftCount, rightCapacities, edgeLeft, edgeRight, edgeWeight } = problem;
  const edgeStart = new Int32Array(leftCount + 1);
  const rightDegree = new Int32Array(rightCapacities.length);
  for (let edge = 0; edge < edgeLeft.length; edge += 1) {
    if (!isUsable(problem, edge)) continue;
    edgeStart[edgeLeft[edge] + 1] += 1;
    rightDegree[edgeRight[edge]] += 1;
  }
  for (let left = 0; left < leftCount; left += 1) edgeStart[left + 1] += edgeStart[left];
  const usableCount = edgeStart[leftCount];
  const networkRight = new Int32Array(usableCount);
  const edgeGain = new Float64Array(usableCount);
  const sourceEdgeIndex = new Int32Array(usableCount);
  const nextSlot = edgeStart.slice(0, leftCount);
  for (let edge = 0; edge < edgeLeft.length; edge += 1) {
    if (!isUsable(problem, edge)) continue;
    const slot = nextSlot[edgeLeft[edge]];
    nextSlot[edgeLeft[edge]] += 1;
    networkRight[slot] = edgeRight[edge];
    edgeGain[slot] = quantise(edgeWeight[edge]);
    sourceEdgeIndex[slot] = edge;
  }
  assertExactArithmetic(edgeGain, leftCount + rightCapacities.length);
  const rightCapacity = clampCapacities(rightCapacities, rightDegree);
  const network = { leftCount, rightCount: rightCapacities.length, rightCapacity, edgeStart, edgeRight: networkRight, edgeGain };
  return { network, sourceEdgeIndex };
}

/** A host can never use more slots than it has usable edges; this keeps slot storage O(edges). */
function clampCapacities(rightCapacities: Int32Array, rightDegree: Int32Array): Int32Array {
  return rightCapacities.map((capacity, right) => Math.min(capacity, rightDegree[right]));
}

/** Any simple path sums fewer than 2 * nodeCount + 2 gains; keep that within exact double integers. */
function assertExactArithmetic(edgeGain: Float64Array, nodeCount: number): void {
  let largestGain = 0;
  for (const gain of edgeGain) largestGain = Math.max(largestGain, gain);
  if (largestGain * (2 * nodeCount + 2) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('Weights are too large to be solved exactly; scale them down (scores are expected in 0..100)');
  }
}
