/**
 * From the solver's chosen pairs back to proposals people can read: each pair is scored again
 * with its reasons (the graph keeps only weights, to stay small on big rounds).
 */
import type { CapacitatedAssignmentResult } from './assignment.js';
import type { Reason } from './matching-person.js';
import type { RoundGraph } from './round-graph.js';
import { scorePair } from './score.js';

export interface RoundProposal {
  migrantId: string;
  hostId: string;
  score: number;
  reasons: Reason[];
}

export function explainChosenPairs(graph: RoundGraph, solution: CapacitatedAssignmentResult, now: Date): RoundProposal[] {
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
    const { score, reasons } = scorePair(migrant, host, distanceByPair.get(pair.left * hostCount + pair.right) ?? null, now);
    return { migrantId: migrant.id, hostId: host.id, score, reasons };
  });
}

/** Sum of scores, rounded to the one decimal scores carry (no float noise in reports). */
export function totalScore(scores: readonly { score: number }[]): number {
  return Math.round(scores.reduce((sum, entry) => sum + entry.score, 0) * 10) / 10;
}
