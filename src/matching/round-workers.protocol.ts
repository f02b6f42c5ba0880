/** What the round's pool and its worker threads say to each other (round-workers.ts, round-workers.worker.ts). */
import type { ProgrammeRules } from '../organisations/domain/programme.js';
import type { CompactAssignmentProblem } from './domain/assignment.js';
import type { CandidateLimits } from './domain/reachable-pairs.js';
import type { RoundEdges } from './domain/round-edges.js';

/**
 * Everything needed to evaluate a round's pairs; a thread gets the hosts in parts, after the rest.
 * People cross as serializePeople makes them (round-people.ts): the round serializes each part or
 * batch once, to keep it packed and to send it.
 */
export interface RoundSetup {
  /** The round's hosts in order, serialized in parts of at most HOSTS_PER_MESSAGE. */
  hosts: Uint8Array[];
  /** `low|high` keys of the pairs that declined or blocked each other. */
  excludedKeys: string[];
  now: Date;
  minScore: number;
  /** The programme's rules; null for a programme without rules. */
  rules: ProgrammeRules | null;
  /** How many hosts each migrant is paired with at most (ROUND_CANDIDATES in every round). */
  candidates: CandidateLimits;
}

/** What a thread gets first: the setup but its hosts. */
export type RoundRulesSetup = Omit<RoundSetup, 'hosts'>;

export type RoundTask =
  | { kind: 'setup'; setup: RoundRulesSetup }
  /** The next part of the round's hosts, in order (see HOSTS_PER_MESSAGE). */
  | { kind: 'hosts'; hosts: Uint8Array }
  /** A batch of migrants, serialized; its first is the round's migrant `firstIndex`. */
  | { kind: 'evaluate'; migrants: Uint8Array; firstIndex: number }
  | { kind: 'solve'; problem: CompactAssignmentProblem };

export type RoundTaskRequest = RoundTask & { id: number };

export type RoundTaskAnswer =
  | { id: number; kind: 'setup' }
  | { id: number; kind: 'hosts' }
  | { id: number; kind: 'evaluate'; edges: RoundEdges }
  | { id: number; kind: 'solve'; chosenEdges: Int32Array }
  | { id: number; kind: 'error'; message: string };
