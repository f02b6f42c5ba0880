/**
 * Suggestions over several programmes: the subject and every candidate are evaluated in each
 * programme both belong to, and a candidate appears once, in the programme where the pair scores
 * best (on a tie, the one listed first: the subject's earliest membership).
 */
import { inProgramme, type MultiProgrammeRow } from './candidate-row.js';
import type { PairProgramme } from './pair.js';
import { bySuggestionOrder, explainSuggestion, scoreSuggestions, type RankedCandidate, type ScoredCandidate, type SuggestionCandidateRow } from './rank-suggestions.js';

/** A programme a suggestion may come from, with its rules. */
export interface ProgrammeInPlay {
  id: string;
  programme: PairProgramme;
}

export type MultiProgrammeCandidate = MultiProgrammeRow & { excludedWithSubject: boolean };

export type ProgrammeSuggestion<Row> = RankedCandidate<Row & SuggestionCandidateRow> & { programmeId: string };

/** Eligible candidates in their best programme, best score first (ties: nearer, then id), explained there. */
export function rankAcrossProgrammes<Row extends MultiProgrammeCandidate>(
  subject: MultiProgrammeRow,
  programmes: readonly ProgrammeInPlay[],
  candidates: readonly Row[],
  now: Date,
  limit: number,
): ProgrammeSuggestion<Row>[] {
  type Scored = ScoredCandidate<Row & SuggestionCandidateRow> & { programme: ProgrammeInPlay };
  const best = new Map<string, Scored>();
  for (const inPlay of programmes) {
    const members = candidates.filter((candidate) => candidate.programmes.some((p) => p.programmeId === inPlay.id)).map((candidate) => inProgramme(candidate, inPlay.id));
    for (const scored of scoreSuggestions(inProgramme(subject, inPlay.id), members, now, inPlay.programme)) {
      const known = best.get(scored.candidate.id);
      if (known === undefined || scored.score > known.score) best.set(scored.candidate.id, { ...scored, programme: inPlay } as Scored);
    }
  }
  return [...best.values()]
    .sort(bySuggestionOrder)
    .slice(0, limit)
    .map(({ programme: inPlay, ...scored }) => ({ ...explainSuggestion(inProgramme(subject, inPlay.id), scored, now, inPlay.programme), programmeId: inPlay.id }));
}
