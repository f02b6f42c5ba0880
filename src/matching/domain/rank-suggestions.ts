/**
 * Suggestions for one person: every candidate the query found, scored with the subject as
 * evaluatePair would (the query only narrows), the eligible ones best first. Only the ones shown
 * are evaluated again for their reasons: building a pair's reasons costs more than its score, and
 * a request scores hundreds of candidates to show ten.
 */
import { type CandidateRow, toPairSide } from './candidate-row.js';
import type { PairReason } from './matching-person.js';
import { evaluatePair, kmBetween, measuredPairScore, type PairProgramme } from './pair.js';
import { scoringProfileOf } from './round-scoring.js';

/** A candidate row together with whether the candidate and the subject declined or blocked each other. */
export type SuggestionCandidateRow = CandidateRow & { excludedWithSubject: boolean };

/** An eligible candidate with its score, not yet explained. */
export interface ScoredCandidate<Row extends SuggestionCandidateRow> {
  candidate: Row;
  distanceKm: number | null;
  score: number;
}

export interface RankedCandidate<Row extends SuggestionCandidateRow> extends ScoredCandidate<Row> {
  reasons: PairReason[];
}

/** Best score first (ties: nearer, then id, so the order is stable). */
export function bySuggestionOrder<Row extends SuggestionCandidateRow>(a: ScoredCandidate<Row>, b: ScoredCandidate<Row>): number {
  return b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || (a.candidate.id < b.candidate.id ? -1 : 1);
}

/** The eligible candidates with their scores, in the order found. */
export function scoreSuggestions<Row extends SuggestionCandidateRow>(subject: CandidateRow, candidates: readonly Row[], now: Date, programme?: PairProgramme): ScoredCandidate<Row>[] {
  const self = toPairSide(subject);
  const selfProfile = scoringProfileOf(self.person, now);
  const selfIsMigrant = self.person.role === 'migrant';
  const scored: ScoredCandidate<Row>[] = [];
  for (const candidate of candidates) {
    const other = toPairSide(candidate);
    const otherProfile = scoringProfileOf(other.person, now);
    const distanceKm = kmBetween(self.person, other.person);
    const facts = { excluded: candidate.excludedWithSubject, programme };
    // evaluatePair's order: the migrant first; two of one role are refused either way.
    const score = selfIsMigrant
      ? measuredPairScore(self, other, { migrant: selfProfile, host: otherProfile }, facts, distanceKm, now)
      : measuredPairScore(other, self, { migrant: otherProfile, host: selfProfile }, facts, distanceKm, now);
    if (score !== null) scored.push({ candidate, distanceKm, score });
  }
  return scored;
}

/** A scored candidate with its reasons, evaluated again in full (the same rules give the same score). */
export function explainSuggestion<Row extends SuggestionCandidateRow>(subject: CandidateRow, scored: ScoredCandidate<Row>, now: Date, programme?: PairProgramme): RankedCandidate<Row> {
  const evaluation = evaluatePair(toPairSide(subject), toPairSide(scored.candidate), { excluded: scored.candidate.excludedWithSubject, programme }, now);
  if (!evaluation.eligible || evaluation.score !== scored.score) throw new Error(`suggestion ${scored.candidate.id} was scored ${scored.score} but evaluates otherwise`);
  return { ...scored, reasons: evaluation.reasons };
}

/** Eligible candidates, best first, the first `limit` explained. */
export function rankSuggestions<Row extends SuggestionCandidateRow>(
  subject: CandidateRow,
  candidates: readonly Row[],
  now: Date,
  limit: number,
  programme?: PairProgramme,
): RankedCandidate<Row>[] {
  return scoreSuggestions(subject, candidates, now, programme)
    .sort(bySuggestionOrder)
    .slice(0, limit)
    .map((scored) => explainSuggestion(subject, scored, now, programme));
}
