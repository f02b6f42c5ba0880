/**
 * The candidate graph of a round falls apart into independent pieces: people who can never be
 * paired, even through others, never compete for the same partner. Each piece's optimum is part
 * of the whole optimum, so pieces are solved on their own (and side by side), memory bounded by
 * the largest. Small components are packed together into one piece: a disjoint union of
 * components is still a valid problem with the same optimum, and saves per-piece set-up.
 */
import { solveCompactAssignment, type CompactAssignmentProblem, type CompactAssignmentResult } from './assignment.js';

export interface GraphComponents {
  count: number;
  /** Component of each left node (migrant); -1 when it has no edge. */
  ofLeft: Int32Array;
  /** Component of each right node (host); -1 when it has no edge. */
  ofRight: Int32Array;
  /** Edges in each component. */
  edgeCount: Int32Array;
  /** People (left and right nodes) in each component. */
  nodeCount: Int32Array;
}

/** Connected components by union-find (path halving, union by size); nodes without edges belong to none. */
export function findComponents(leftCount: number, rightCount: number, edgeLeft: Int32Array, edgeRight: Int32Array): GraphComponents {
  const parent = new Int32Array(leftCount + rightCount);
  const size = new Int32Array(leftCount + rightCount).fill(1);
  for (let node = 0; node < parent.length; node += 1) parent[node] = node;
  const root = (node: number): number => {
    let current = node;
    while (parent[current] !== current) {
      parent[current] = parent[parent[current]];
      current = parent[current];
    }
    return current;
  };
  const touched = new Uint8Array(parent.length);
  for (let edge = 0; edge < edgeLeft.length; edge += 1) {
    const a = root(edgeLeft[edge]);
    const b = root(leftCount + edgeRight[edge]);
    touched[edgeLeft[edge]] = 1;
    touched[leftCount + edgeRight[edge]] = 1;
    if (a === b) continue;
    const [big, small] = size[a] >= size[b] ? [a, b] : [b, a];
    parent[small] = big;
    size[big] += size[small];
  }
  const idOfRoot = new Int32Array(parent.length).fill(-1);
  const ofNode = new Int32Array(parent.length).fill(-1);
  let count = 0;
  for (let node = 0; node < parent.length; node += 1) {
    if (touched[node] === 0) continue;
    const r = root(node);
    if (idOfRoot[r] === -1) idOfRoot[r] = count++;
    ofNode[node] = idOfRoot[r];
  }
  const edgeCount = new Int32Array(count);
  const nodeCount = new Int32Array(count);
  for (let edge = 0; edge < edgeLeft.length; edge += 1) edgeCount[ofNode[edgeLeft[edge]]] += 1;
  for (const component of ofNode) if (component >= 0) nodeCount[component] += 1;
  return { count, ofLeft: ofNode.slice(0, leftCount), ofRight: ofNode.slice(leftCount), edgeCount, nodeCount };
}

/** One independent piece of a round: a problem of its own, and where its nodes and edges come from. */
export interface RoundPiece {
  problem: CompactAssignmentProblem;
  /** Original left index of each of the piece's left nodes. */
  leftIds: Int32Array;
  /** Original index of each of the piece's edges. */
  edgeIds: Int32Array;
  /** Components packed into this piece. */
  components: number;
}

/**
 * Splits the problem into pieces: each component of more than `packUpToEdges` edges alone, the
 * smaller ones packed together up to that many edges. Largest pieces first, so they start first.
 */
export function splitIntoPieces(problem: CompactAssignmentProblem, packUpToEdges: number): { pieces: RoundPiece[]; components: GraphComponents } {
  const rightCount = problem.rightCapacities.length;
  const components = findComponents(problem.leftCount, rightCount, problem.edgeLeft, problem.edgeRight);
  const pieceOf = new Int32Array(components.count);
  const pieceEdges: number[] = [];
  const pieceComponents: number[] = [];
  let packing = -1;
  for (let component = 0; component < components.count; component += 1) {
    const edges = components.edgeCount[component];
    const alone = edges > packUpToEdges;
    if (alone || packing === -1 || pieceEdges[packing] + edges > packUpToEdges) {
      pieceEdges.push(0);
      pieceComponents.push(0);
      if (!alone) packing = pieceEdges.length - 1;
    }
    const piece = alone ? pieceEdges.length - 1 : packing;
    pieceOf[component] = piece;
    pieceEdges[piece] += edges;
    pieceComponents[piece] += 1;
  }
  const pieces = buildPieces(problem, components, pieceOf, pieceEdges, pieceComponents);
  pieces.sort((a, b) => b.edgeIds.length - a.edgeIds.length);
  return { pieces, components };
}

/** All pieces in one pass over nodes and one over edges; nodes renumbered densely in their original order. */
function buildPieces(problem: CompactAssignmentProblem, components: GraphComponents, pieceOf: Int32Array, pieceEdges: number[], pieceComponents: number[]): RoundPiece[] {
  const pieceOfNode = (component: number) => (component >= 0 ? pieceOf[component] : -1);
  const left = renumber(components.ofLeft, pieceOfNode, pieceEdges.length);
  const right = renumber(components.ofRight, pieceOfNode, pieceEdges.length);
  const pieces = pieceEdges.map((edges, piece) => ({
    problem: {
      leftCount: left.ids[piece].length,
      rightCapacities: Int32Array.from(right.ids[piece], (node) => problem.rightCapacities[node]),
      edgeLeft: new Int32Array(edges),
      edgeRight: new Int32Array(edges),
      edgeWeight: new Float64Array(edges),
    },
    leftIds: Int32Array.from(left.ids[piece]),
    edgeIds: new Int32Array(edges),
    components: pieceComponents[piece],
  }));
  const filled = new Int32Array(pieces.length);
  for (let edge = 0; edge < problem.edgeLeft.length; edge += 1) {
    const piece = pieceOfNode(components.ofLeft[problem.edgeLeft[edge]]);
    const at = filled[piece]++;
    const target = pieces[piece];
    target.edgeIds[at] = edge;
    target.problem.edgeLeft[at] = left.local[problem.edgeLeft[edge]];
    target.problem.edgeRight[at] = right.local[problem.edgeRight[edge]];
    target.problem.edgeWeight[at] = problem.edgeWeight[edge];
  }
  return pieces;
}

/** Each node's index within its piece, and each piece's nodes (original indexes, ascending). */
function renumber(componentOf: Int32Array, pieceOfNode: (component: number) => number, pieceCount: number): { local: Int32Array; ids: number[][] } {
  const local = new Int32Array(componentOf.length).fill(-1);
  const ids: number[][] = Array.from({ length: pieceCount }, () => []);
  componentOf.forEach((component, node) => {
    const piece = pieceOfNode(component);
    if (piece < 0) return;
    local[node] = ids[piece].length;
    ids[piece].push(node);
  });
  return { local, ids };
}

/** A piece's solution as edges of the whole problem. */
export function toWholeEdges(piece: RoundPiece, chosenEdges: Int32Array): Int32Array {
  return chosenEdges.map((edge) => piece.edgeIds[edge]);
}

/**
 * The pieces' solutions joined into the whole problem's: chosen edges ordered by left index, and
 * their total summed in that order.
 */
export function joinSolutions(problem: CompactAssignmentProblem, chosenPerPiece: readonly Int32Array[]): CompactAssignmentResult {
  const all = new Int32Array(chosenPerPiece.reduce((total, chosen) => total + chosen.length, 0));
  let offset = 0;
  for (const chosen of chosenPerPiece) {
    all.set(chosen, offset);
    offset += chosen.length;
  }
  all.sort((a, b) => problem.edgeLeft[a] - problem.edgeLeft[b]);
  let totalWeight = 0;
  for (const edge of all) totalWeight += problem.edgeWeight[edge];
  return { chosenEdges: all, totalWeight };
}

/** Every piece solved here, one after another: the in-process path, and the reference for the pooled one. */
export function solveByPieces(problem: CompactAssignmentProblem, packUpToEdges: number): CompactAssignmentResult {
  const { pieces } = splitIntoPieces(problem, packUpToEdges);
  return joinSolutions(problem, pieces.map((piece) => toWholeEdges(piece, solveCompactAssignment(piece.problem).chosenEdges)));
}
