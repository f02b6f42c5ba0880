/**
 * The weighted bipartite graph of one matching round: every candidate pair the pairing found,
 * evaluated by evaluatePair (with the distance the pairing measured), and kept when eligible
 * and scoring at least the minimum. Host capacities are their open slots.
 */
import type { CapacitatedAssignmentProblem } from './assignment.js';
import { evaluateMeasuredPair, type PairProgramme, type PairSide } from './pair.js';

export interface CandidatePair {
  migrantId: string;
  hostId: string;
  distanceKm: number | null;
}

export interface RoundGraph {
  problem: CapacitatedAssignmentProblem;
  migrants: PairSide[];
  hosts: PairSide[];
  /** Distance of each edge, parallel to problem.edges, so chosen pairs can be explained again. */
  edgeDistanceKm: Array<number | null>;
  /** People with at least one edge. */
  participants: number;
}

/** `isExcluded(migrantId, hostId)`: the two declined or blocked each other. */
export function buildRoundGraph(
  migrants: PairSide[],
  hosts: PairSide[],
  pairs: Iterable<CandidatePair>,
  isExcluded: (migrantId: string, hostId: string) => boolean,
  now: Date,
  minScore: number,
  programme?: PairProgramme,
): RoundGraph {
  const migrantIndex = new Map(migrants.map((side, index) => [side.person.id, index]));
  const hostIndex = new Map(hosts.map((side, index) => [side.person.id, index]));
  const edges: CapacitatedAssignmentProblem['edges'][number][] = [];
  const edgeDistanceKm: Array<number | null> = [];
  const inGraph = { migrants: new Uint8Array(migrants.length), hosts: new Uint8Array(hosts.length) };
  for (const pair of pairs) {
    const left = migrantIndex.get(pair.migrantId);
    const right = hostIndex.get(pair.hostId);
    if (left === undefined || right === undefined) continue; // matched or full meanwhile
    const facts = { excluded: isExcluded(pair.migrantId, pair.hostId), programme };
    const evaluation = evaluateMeasuredPair(migrants[left], hosts[right], facts, pair.distanceKm, now);
    if (!evaluation.eligible || evaluation.score < minScore) continue;
    edges.push({ left, right, weight: evaluation.score });
    edgeDistanceKm.push(pair.distanceKm);
    inGraph.migrants[left] = 1;
    inGraph.hosts[right] = 1;
  }
  const rightCapacities = hosts.map((side) => Math.max(0, side.openSlots));
  const participants = count(inGraph.migrants) + count(inGraph.hosts);
  return { problem: { leftCount: migrants.length, rightCapacities, edges }, migrants, hosts, edgeDistanceKm, participants };
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (const flag of flags) total += flag;
  return total;
}
