/**
 * Suggestions over several programmes: the subject and every candidate are evaluated in each
 * programme both belong to, and a candidate appears once, in the programme where the pair scores
 * best (on a tie, the one listed first: the subject's earliest membership).
 */
import { inProgramme, type MultiProgrammeRow } from './candidate-row.js';
import type { PairProgramme } from './pair.js';
import { rankSuggestions, type RankedCandidate, type SuggestionCandidateRow } from './rank-suggestions.js';

/** A programme a suggestion may come from, with its rules. */
export interface ProgrammeInPlay {
  id: string;
  programme: PairProgramme;
}

export type MultiProgrammeCandidate = MultiProgrammeRow & { excludedWithSubject: boolean };

export type ProgrammeSuggestion<Row> = RankedCandidate<Row & SuggestionCandidateRow> & { programmeId: string };

/** Eligible candidates in their best programme, best score first (ties: nearer, then id). */
export function rankAcrossProgrammes<Row extends MultiProgrammeCandidate>(
  subject: MultiProgrammeRow,
  programmes: readonly ProgrammeInPlay[],
  candidates: readonly Row[],
  now: Date,
  limit: number,
): ProgrammeSuggestion<Row>[] {
  const best = new Map<string, ProgrammeSuggestion<Row>>();
  for (const { id, programme } of programmes) {
    const members = candidates.filter((candidate) => candidate.programmes.some((p) => p.programmeId === id)).map((candidate) => inProgramme(candidate, id));
    for (const ranked of rankSuggestions(inProgramme(subject, id), members, now, members.length, programme)) {
      const known = best.get(ranked.candidate.id);
      if (known === undefined || ranked.score > known.score) best.set(ranked.candidate.id, { ...ranked, programmeId: id } as ProgrammeSuggestion<Row>);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, limit);
}
