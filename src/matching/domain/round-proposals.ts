/**
 * From the solver's chosen edges back to proposals people can read: each chosen pair is evaluated
 * again for its reasons, its distance measured again as the round measured it (kmBetween's; the
 * graph keeps only weights, to stay small on big rounds). Nothing changed in between, so the score
 * is the edge's weight.
 */
import type { PairReason } from './matching-person.js';
import { evaluateMeasuredPair, kmBetween, type PairProgramme } from './pair.js';
import type { RoundGraph } from './round-graph.js';

export interface RoundProposal {
  migrantId: string;
  hostId: string;
  score: number;
  reasons: PairReason[];
}

export function explainChosenPairs(graph: RoundGraph, chosenEdges: Int32Array, now: Date, programme?: PairProgramme): RoundProposal[] {
  return Array.from(chosenEdges, (edge) => {
    const migrant = graph.migrants[graph.edges.left[edge]];
    const host = graph.hosts[graph.edges.right[edge]];
    // Only pairs that passed the evaluation (exclusions included) became edges.
    const evaluation = evaluateMeasuredPair(migrant, host, { excluded: false, programme }, kmBetween(migrant.person, host.person), now);
    if (!evaluation.eligible) throw new Error(`chosen pair ${migrant.person.id}/${host.person.id} is not eligible: ${evaluation.reason}`);
    return { migrantId: migrant.person.id, hostId: host.person.id, score: evaluation.score, reasons: evaluation.reasons };
  });
}

/** Sum of scores, rounded to the one decimal scores carry (no float noise in reports). */
export function totalScore(scores: readonly { score: number }[]): number {
  return Math.round(scores.reduce((sum, entry) => sum + entry.score, 0) * 10) / 10;
}
