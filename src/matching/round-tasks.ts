/** The work of a round's tasks, the same on a worker thread and in process. */
import { solveCompactAssignment, type CompactAssignmentProblem } from './domain/assignment.js';
import type { PairSide } from './domain/pair.js';
import type { RoundEdges } from './domain/round-edges.js';
import { RoundPairEvaluator } from './domain/round-graph.js';
import { pairProgrammeOf } from './programme-terms.js';
import type { RoundSetup } from './round-workers.protocol.js';

/** The evaluator of a round's pairs, rebuilt from what was sent (functions do not cross threads). */
export function evaluatorFor(setup: RoundSetup): RoundPairEvaluator {
  const excluded = new Set(setup.excludedKeys);
  return new RoundPairEvaluator(setup.hosts, {
    isExcluded: (a, b) => excluded.has(a < b ? `${a}|${b}` : `${b}|${a}`),
    now: setup.now,
    minScore: setup.minScore,
    programme: setup.rules === null ? undefined : pairProgrammeOf(setup.rules),
  });
}

export function evaluateSlice(evaluator: RoundPairEvaluator, migrants: PairSide[], firstIndex: number): RoundEdges {
  return evaluator.evaluate(migrants, firstIndex);
}

export function solvePiece(problem: CompactAssignmentProblem): Int32Array {
  return solveCompactAssignment(problem).chosenEdges;
}
