/**
 * Suggestions for one person: every candidate the query found, evaluated with the subject by
 * evaluatePair (the query only narrows), the eligible ones best first.
 */
import { type CandidateRow, toPairSide } from './candidate-row.js';
import type { PairReason } from './matching-person.js';
import { evaluatePair, type PairProgramme } from './pair.js';

/** A candidate row together with whether the candidate and the subject declined or blocked each other. */
export type SuggestionCandidateRow = CandidateRow & { excludedWithSubject: boolean };

export interface RankedCandidate<Row extends SuggestionCandidateRow> {
  candidate: Row;
  distanceKm: number | null;
  score: number;
  reasons: PairReason[];
}

/** Eligible candidates, best score first (ties: nearer, then id, so the order is stable). */
export function rankSuggestions<Row extends SuggestionCandidateRow>(
  subject: CandidateRow,
  candidates: readonly Row[],
  now: Date,
  limit: number,
  programme?: PairProgramme,
): RankedCandidate<Row>[] {
  const self = toPairSide(subject);
  const ranked: RankedCandidate<Row>[] = [];
  for (const candidate of candidates) {
    const evaluation = evaluatePair(self, toPairSide(candidate), { excluded: candidate.excludedWithSubject, programme }, now);
    if (!evaluation.eligible) continue;
    ranked.push({ candidate, distanceKm: evaluation.distanceKm, score: evaluation.score, reasons: evaluation.reasons });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      (a.candidate.id < b.candidate.id ? -1 : 1),
  );
  return ranked.slice(0, limit);
}
