/** The work of a round's tasks, the same on a worker thread and in process. */
import { solveCompactAssignment, type CompactAssignmentProblem } from './domain/assignment.js';
import type { RoundEdges } from './domain/round-edges.js';
import { RoundHosts, RoundPairEvaluator } from './domain/round-graph.js';
import { pairProgrammeOf } from './programme-terms.js';
import { deserializePeople } from './round-people.js';
import type { RoundRulesSetup, RoundSetup } from './round-workers.protocol.js';

/**
 * Hosts go to a thread in parts of this many: each part's whole people are let go, young, once
 * their facts are taken (RoundHosts), rather than all of them held at once and then left behind.
 */
export const HOSTS_PER_MESSAGE = 500;

/** The evaluator of a round's pairs, from everything at once (in process, tests). */
export function evaluatorFor(setup: RoundSetup): RoundPairEvaluator {
  const { hosts, ...rules } = setup;
  const kept = new RoundHosts(setup.now);
  for (const part of hosts) addHosts(kept, part);
  return evaluatorOf(rules, kept);
}

/** A serialized part of the round's hosts, added after those before it. */
export function addHosts(hosts: RoundHosts, part: Uint8Array): void {
  hosts.add(deserializePeople(part));
}

/** The evaluator of a round's pairs, rebuilt from what was sent (functions do not cross threads). */
export function evaluatorOf(setup: RoundRulesSetup, hosts: RoundHosts): RoundPairEvaluator {
  const excluded = excludedPartners(setup.excludedKeys);
  return new RoundPairEvaluator(hosts, {
    isExcluded: (a, b) => excluded.get(a)?.has(b) === true,
    now: setup.now,
    minScore: setup.minScore,
    programme: setup.rules === null ? undefined : pairProgrammeOf(setup.rules),
    candidates: setup.candidates,
  });
}

/** A serialized batch of migrants evaluated; its first is the round's migrant `firstIndex`. */
export function evaluateSlice(evaluator: RoundPairEvaluator, migrants: Uint8Array, firstIndex: number): RoundEdges {
  return evaluator.evaluate(deserializePeople(migrants), firstIndex);
}

export function solvePiece(problem: CompactAssignmentProblem): Int32Array {
  return solveCompactAssignment(problem).chosenEdges;
}

/** Each person's excluded partners, both ways: asked for every pair, so no key is built per pair. */
function excludedPartners(keys: readonly string[]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  const add = (person: string, partner: string) => {
    const known = partners.get(person);
    if (known === undefined) partners.set(person, new Set([partner]));
    else known.add(partner);
  };
  for (const key of keys) {
    const [low, high] = key.split('|');
    add(low, high);
    add(high, low);
  }
  return partners;
}
