/**
 * The weighted bipartite graph of one matching round: every candidate pair the query found,
 * re-checked with the eligibility rules, scored with scorePair, and kept when its score reaches
 * the minimum. Host capacities are their open slots.
 */
import type { CapacitatedAssignmentProblem } from './assignment.js';
import { type CandidateRow, toMatchingPerson } from './candidate-row.js';
import type { MatchingPerson } from './matching-person.js';
import { checkPair } from './rank-suggestions.js';
import { scorePair } from './score.js';

export interface CandidatePair {
  migrantId: string;
  hostId: string;
  distanceKm: number | null;
}

export interface RoundGraph {
  problem: CapacitatedAssignmentProblem;
  migrants: MatchingPerson[];
  hosts: MatchingPerson[];
  /** Distance of each edge, parallel to problem.edges, so chosen pairs can be explained again. */
  edgeDistanceKm: Array<number | null>;
  /** People with at least one edge. */
  participants: number;
}

export function buildRoundGraph(
  migrantRows: readonly CandidateRow[],
  hostRows: readonly CandidateRow[],
  pairs: Iterable<CandidatePair>,
  now: Date,
  minScore: number,
): RoundGraph {
  const migrants = migrantRows.map(toMatchingPerson);
  const hosts = hostRows.map(toMatchingPerson);
  const migrantIndex = new Map(migrantRows.map((row, index) => [row.id, index]));
  const hostIndex = new Map(hostRows.map((row, index) => [row.id, index]));
  const edges: CapacitatedAssignmentProblem['edges'][number][] = [];
  const edgeDistanceKm: Array<number | null> = [];
  const inGraph = { migrants: new Uint8Array(migrants.length), hosts: new Uint8Array(hosts.length) };
  for (const pair of pairs) {
    const left = migrantIndex.get(pair.migrantId);
    const right = hostIndex.get(pair.hostId);
    if (left === undefined || right === undefined) continue; // matched or full meanwhile
    const migrant = { row: migrantRows[left], person: migrants[left] };
    const host = { row: hostRows[right], person: hosts[right] };
    const facts = { distanceKm: pair.distanceKm, pairExcluded: false, bothActiveAndComplete: true };
    if (!checkPair(migrant, host, facts).eligible) continue;
    const { score } = scorePair(migrant.person, host.person, pair.distanceKm, now);
    if (score < minScore) continue;
    edges.push({ left, right, weight: score });
    edgeDistanceKm.push(pair.distanceKm);
    inGraph.migrants[left] = 1;
    inGraph.hosts[right] = 1;
  }
  const rightCapacities = hostRows.map((row) => Math.max(0, row.openSlots));
  const participants = count(inGraph.migrants) + count(inGraph.hosts);
  return { problem: { leftCount: migrants.length, rightCapacities, edges }, migrants, hosts, edgeDistanceKm, participants };
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (const flag of flags) total += flag;
  return total;
}
