/**
 * Suggestions for one person: the eligible candidates of the other role, scored exactly as a
 * round scores them, best first.
 */
import { type CandidateRow, toMatchingPerson } from './candidate-row.js';
import { distanceBetweenKm } from './distance.js';
import { checkEligibility, type EligibilityResult } from './eligibility.js';
import type { MatchingPerson, Reason } from './matching-person.js';
import { scorePair } from './score.js';

export interface RankedCandidate {
  candidate: CandidateRow;
  distanceKm: number | null;
  score: number;
  reasons: Reason[];
}

/** What the queries established about a pair, beyond each person's own row. */
export interface PairFacts {
  distanceKm: number | null;
  pairExcluded: boolean;
  bothActiveAndComplete: boolean;
}

export interface RowAndPerson {
  row: CandidateRow;
  person: MatchingPerson;
}

/** Orders two people as (migrant, host); two of one role stay as given and fail eligibility. */
export function asMigrantAndHost<T extends { role: string }>(a: T, b: T): [T, T] {
  return b.role === 'migrant' && a.role !== 'migrant' ? [b, a] : [a, b];
}

export function orderRows(a: RowAndPerson, b: RowAndPerson): [RowAndPerson, RowAndPerson] {
  return b.row.role === 'migrant' && a.row.role !== 'migrant' ? [b, a] : [a, b];
}

/**
 * The pure eligibility rules for two people. The SQL already filtered most of them; running
 * every rule again here keeps one definition (and catches what SQL does not: partner gender).
 */
export function checkPair(a: RowAndPerson, b: RowAndPerson, facts: PairFacts): EligibilityResult {
  const [migrant, host] = orderRows(a, b);
  return checkEligibility(migrant.person, host.person, {
    distanceKm: facts.distanceKm,
    hostVerified: host.row.verification === 'verified',
    bothActiveAndComplete: facts.bothActiveAndComplete,
    pairExcluded: facts.pairExcluded,
    hostOpenSlots: host.row.openSlots,
    migrantHasOpenMatch: migrant.row.hasOpenMatch,
  });
}

/** Eligible candidates, best score first (ties: nearer, then id, so the order is stable). */
export function rankSuggestions(subject: CandidateRow, candidates: readonly CandidateRow[], now: Date, limit: number): RankedCandidate[] {
  const self: RowAndPerson = { row: subject, person: toMatchingPerson(subject) };
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const other: RowAndPerson = { row: candidate, person: toMatchingPerson(candidate) };
    const distanceKm = distanceBetweenKm(self.person, other.person);
    if (!checkPair(self, other, { distanceKm, pairExcluded: false, bothActiveAndComplete: true }).eligible) continue;
    const [migrant, host] = asMigrantAndHost(self.person, other.person);
    ranked.push({ candidate, distanceKm, ...scorePair(migrant, host, distanceKm, now) });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      (a.candidate.id < b.candidate.id ? -1 : 1),
  );
  return ranked.slice(0, limit);
}
