/**
 * From the solver's chosen pairs back to proposals people can read: each chosen pair is evaluated
 * again, with the distance the round measured, for its reasons (the graph keeps only weights, to
 * stay small on big rounds). Nothing changed in between, so the score is the edge's weight.
 */
import type { CapacitatedAssignmentResult } from './assignment.js';
import type { PairReason } from './matching-person.js';
import { evaluateMeasuredPair, type PairProgramme } from './pair.js';
import type { RoundGraph } from './round-graph.js';

export interface RoundProposal {
  migrantId: string;
  hostId: string;
  score: number;
  reasons: PairReason[];
}

export function explainChosenPairs(graph: RoundGraph, solution: CapacitatedAssignmentResult, now: Date, programme?: PairProgramme): RoundProposal[] {
  const hostCount = graph.hosts.length;
  const distanceByPair = new Map<number, number | null>();
  const chosen = new Set(solution.pairs.map((pair) => pair.left * hostCount + pair.right));
  graph.problem.edges.forEach((edge, index) => {
    const key = edge.left * hostCount + edge.right;
    if (chosen.has(key)) distanceByPair.set(key, graph.edgeDistanceKm[index]);
  });
  return solution.pairs.map((pair) => {
    const migrant = graph.migrants[pair.left];
    const host = graph.hosts[pair.right];
    // Only pairs that passed the evaluation (exclusions included) became edges.
    const evaluation = evaluateMeasuredPair(migrant, host, { excluded: false, programme }, distanceByPair.get(pair.left * hostCount + pair.right) ?? null, now);
    if (!evaluation.eligible) throw new Error(`chosen pair ${migrant.person.id}/${host.person.id} is not eligible: ${evaluation.reason}`);
    return { migrantId: migrant.person.id, hostId: host.person.id, score: evaluation.score, reasons: evaluation.reasons };
  });
}

/** Sum of scores, rounded to the one decimal scores carry (no float noise in reports). */
export function totalScore(scores: readonly { score: number }[]): number {
  return Math.round(scores.reduce((sum, entry) => sum + entry.score, 0) * 10) / 10;
}
