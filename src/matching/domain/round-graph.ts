/**
 * The weighted bipartite graph of one matching round: the pairs ReachableHosts finds for each
 * migrant (the nearest within reach, ROUND_CANDIDATES), scored as evaluatePair would (with the
 * distance measured while finding them, and without reasons), and kept when eligible and scoring
 * at least the minimum. Host capacities are their open slots. Edges are compact typed arrays
 * (round-edges.ts), evaluated a slice of migrants at a time so slices can run side by side.
 */
import type { CompactAssignmentProblem } from './assignment.js';
import { eligibilitySideOf, measuredPairScore, type EligibilitySide, type PairProgramme, type PairSide } from './pair.js';
import { ReachableHosts, type CandidateLimits } from './reachable-pairs.js';
import { concatEdges, RoundEdgeList, type RoundEdges } from './round-edges.js';
import { scoringProfileOf, type ScoringProfile } from './round-scoring.js';

/**
 * Each migrant's candidates in a round: the 100 nearest hosts within in-person reach and the 30
 * nearest who meet online beyond it. Measured on the seeded 10k × 10k population
 * (docs/benchmarks.md), the round keeps 99.65 % of the total score of every pair within reach with
 * 56 % of the pairs; at 50k and beyond it keeps the pairs linear in the people.
 */
export const ROUND_CANDIDATES: CandidateLimits = { nearby: 100, online: 30 };

export interface CandidatePair {
  migrantId: string;
  hostId: string;
  distanceKm: number | null;
}

/** A run of a round's people: `people[i]` is the round's person `first + i`. */
export interface PeopleBatch {
  first: number;
  people: readonly PairSide[];
}

/**
 * A round's migrants or hosts in order, read back a batch at a time: the app's round keeps them
 * packed while its threads evaluate (round-people.ts), and unpacks them only to explain the pairs
 * it chose; tests keep them whole (`wholePeople`).
 */
export interface RoundPeople {
  readonly length: number;
  batches(): Iterable<PeopleBatch>;
}

export function wholePeople(people: readonly PairSide[]): RoundPeople {
  return { length: people.length, batches: () => [{ first: 0, people }] };
}

export interface RoundGraph {
  migrants: RoundPeople;
  hosts: RoundPeople;
  edges: RoundEdges;
  /** Each host's open slots (never negative), parallel to hosts. */
  rightCapacities: Int32Array;
  /** People with at least one edge. */
  participants: number;
}

/** `isExcluded(migrantId, hostId)`: the two declined or blocked each other. */
export type IsExcluded = (migrantId: string, hostId: string) => boolean;

/** What decides a round's edges besides the people: set once per round. */
export interface RoundRules {
  isExcluded: IsExcluded;
  now: Date;
  minScore: number;
  programme?: PairProgramme;
  /** ROUND_CANDIDATES unless given (EVERY_PAIR_WITHIN_REACH measures what the bound costs). */
  candidates?: CandidateLimits;
}

/**
 * A round's hosts as its evaluator keeps them: each host's scoring facts and what eligibility reads,
 * not the whole person. Added a part at a time, so a round's thread, which holds every host, never
 * holds them all as whole people (docs/benchmarks.md, Rounds).
 */
export class RoundHosts {
  readonly sides: EligibilitySide[] = [];
  readonly profiles: ScoringProfile[] = [];

  constructor(private readonly now: Date) {}

  add(hosts: readonly PairSide[]): this {
    for (const side of hosts) {
      this.profiles.push(scoringProfileOf(side.person, this.now));
      this.sides.push(eligibilitySideOf(side));
    }
    return this;
  }
}

/** Evaluates the candidate pairs of a slice of the round's migrants against all its hosts. */
export class RoundPairEvaluator {
  private readonly reachable: ReachableHosts;
  private readonly hosts: EligibilitySide[];
  private readonly hostProfiles: ScoringProfile[];
  /** Reused slice after slice (see RoundEdgeList). */
  private readonly edges = new RoundEdgeList();

  constructor(
    hosts: RoundHosts,
    private readonly rules: RoundRules,
  ) {
    this.hosts = hosts.sides;
    this.hostProfiles = hosts.profiles;
    this.reachable = new ReachableHosts(
      this.hosts.map((side) => side.person),
      rules.candidates ?? ROUND_CANDIDATES,
    );
  }

  /** The slice's edges; its migrant i is the round's migrant `firstIndex + i`. */
  evaluate(migrants: readonly PairSide[], firstIndex: number): RoundEdges {
    const { isExcluded, now, minScore, programme } = this.rules;
    const { edges } = this;
    edges.clear();
    // Made once, not per pair: a round scores millions of pairs.
    const notExcluded = { excluded: false, programme };
    const excluded = { excluded: true, programme };
    migrants.forEach((migrant, offset) => {
      const migrantProfile = scoringProfileOf(migrant.person, now);
      const profiles = { migrant: migrantProfile, host: migrantProfile }; // host: set pair by pair
      this.reachable.forEachOf(migrant.person, (hostIndex, distanceKm) => {
        const host = this.hosts[hostIndex];
        profiles.host = this.hostProfiles[hostIndex];
        const facts = isExcluded(migrant.person.id, host.person.id) ? excluded : notExcluded;
        const score = measuredPairScore(migrant, host, profiles, facts, distanceKm, now);
        if (score !== null && score >= minScore) edges.push(firstIndex + offset, hostIndex, score);
      });
    });
    return edges.finish();
  }
}

/** The whole round evaluated here, in one slice (tests, small rounds). */
export function buildRoundGraph(migrants: PairSide[], hosts: PairSide[], rules: RoundRules): RoundGraph {
  const edges = new RoundPairEvaluator(new RoundHosts(rules.now).add(hosts), rules).evaluate(migrants, 0);
  return assembleRoundGraph(wholePeople(migrants), wholePeople(hosts), openSlotsOf(hosts), [edges]);
}

/** Each host's open slots, never negative: the capacities of the round's assignment. */
export function openSlotsOf(hosts: readonly PairSide[]): Int32Array {
  return Int32Array.from(hosts, (side) => Math.max(0, side.openSlots));
}

/** The graph from its slices' edges, in slice order; `rightCapacities` from openSlotsOf. */
export function assembleRoundGraph(migrants: RoundPeople, hosts: RoundPeople, rightCapacities: Int32Array, slices: readonly RoundEdges[]): RoundGraph {
  const edges = slices.length === 1 ? slices[0] : concatEdges(slices);
  const inGraph = { migrants: new Uint8Array(migrants.length), hosts: new Uint8Array(hosts.length) };
  for (let edge = 0; edge < edges.count; edge += 1) {
    inGraph.migrants[edges.left[edge]] = 1;
    inGraph.hosts[edges.right[edge]] = 1;
  }
  const participants = count(inGraph.migrants) + count(inGraph.hosts);
  return { migrants, hosts, edges, rightCapacities, participants };
}

/** The graph as the assignment solver takes it (sharing its arrays). */
export function assignmentProblemOf(graph: RoundGraph): CompactAssignmentProblem {
  const { edges } = graph;
  return { leftCount: graph.migrants.length, rightCapacities: graph.rightCapacities, edgeLeft: edges.left, edgeRight: edges.right, edgeWeight: edges.weight };
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (const flag of flags) total += flag;
  return total;
}
