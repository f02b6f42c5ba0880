/**
 * From the solver's chosen edges back to proposals people can read: each chosen pair is evaluated
 * again for its reasons, its distance measured again as the round measured it (kmBetween's; the
 * graph keeps only weights, to stay small on big rounds). Nothing changed in between, so the score
 * is the edge's weight.
 */
import type { PairReason } from './matching-person.js';
import { evaluateMeasuredPair, kmBetween, type PairProgramme, type PairSide } from './pair.js';
import type { RoundGraph } from './round-graph.js';

export interface RoundProposal {
  migrantId: string;
  hostId: string;
  score: number;
  reasons: PairReason[];
  /** Since when the migrant has waited for a partner (a round's review lists the longest waiting first). */
  migrantWaitingSince: Date;
}

/**
 * The chosen pairs explained, in the order of `chosenEdges`. The hosts are unpacked at once and the
 * migrants a batch at a time, each batch's chosen pairs explained and the batch let go
 * (RoundPeople), so a big round never holds every migrant whole again.
 */
export function explainChosenPairs(graph: RoundGraph, chosenEdges: Int32Array, now: Date, programme?: PairProgramme): RoundProposal[] {
  const steps = explainChosenPairsInSteps(graph, chosenEdges, now, programme);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * explainChosenPairs a batch of people at a time: each step unpacks one batch (hosts first, then
 * migrants with their chosen pairs) and yields, so a server explaining a big round's hundreds of
 * batches answers its other requests between steps.
 */
export function* explainChosenPairsInSteps(graph: RoundGraph, chosenEdges: Int32Array, now: Date, programme?: PairProgramme): Generator<void, RoundProposal[], void> {
  const { left, right } = graph.edges;
  const hosts: PairSide[] = [];
  for (const batch of graph.hosts.batches()) {
    hosts.push(...batch.people);
    yield;
  }
  const byMigrant = Array.from(chosenEdges.keys()).sort((a, b) => left[chosenEdges[a]] - left[chosenEdges[b]]);
  const proposals = new Array<RoundProposal>(chosenEdges.length);
  let next = 0;
  for (const { first, people } of graph.migrants.batches()) {
    for (; next < byMigrant.length && left[chosenEdges[byMigrant[next]]] < first + people.length; next += 1) {
      const edge = chosenEdges[byMigrant[next]];
      proposals[byMigrant[next]] = explainPair(people[left[edge] - first], hosts[right[edge]], now, programme);
    }
    yield;
  }
  if (next < byMigrant.length) throw new Error(`chosen edge ${chosenEdges[byMigrant[next]]} names a migrant the round does not have`);
  return proposals;
}

function explainPair(migrant: PairSide, host: PairSide, now: Date, programme: PairProgramme | undefined): RoundProposal {
  // Only pairs that passed the evaluation (exclusions included) became edges.
  const evaluation = evaluateMeasuredPair(migrant, host, { excluded: false, programme }, kmBetween(migrant.person, host.person), now);
  if (!evaluation.eligible) throw new Error(`chosen pair ${migrant.person.id}/${host.person.id} is not eligible: ${evaluation.reason}`);
  return { migrantId: migrant.person.id, hostId: host.person.id, score: evaluation.score, reasons: evaluation.reasons, migrantWaitingSince: migrant.person.waitingSince };
}

/** Sum of scores, rounded to the one decimal scores carry (no float noise in reports). */
export function totalScore(scores: readonly { score: number }[]): number {
  return Math.round(scores.reduce((sum, entry) => sum + entry.score, 0) * 10) / 10;
}
