/**
 * A pair's score without its reasons, for rounds: a 50k × 50k round scores millions of pairs and
 * explains only the few hundred it proposes (round-proposals.ts). Each person's facts are set out
 * once (ScoringProfile), so scoring a pair builds no strings, arrays or sets; the factor formulas
 * are score.ts's own, so the score is always the one scorePair gives with its reasons.
 */
import type { MatchingPerson } from './matching-person.js';
import {
  availabilityFactor,
  distanceFactor,
  interestsFactor,
  LANGUAGE_LEVEL_SCORE,
  languageFactor,
  waitingDays,
  waitingFactor,
  weightedScore,
} from './score.js';
import { overlapMinutes, utcWeekStart, weeklyFreeTime } from './weekly-overlap.js';
import type { MsInterval } from '../../shared-domain/intervals.js';

/**
 * One person's facts as scoring reads them, for the week a round scores. Codes (languages,
 * interests) are small numbers (see codeOf), so comparing two people compares numbers, not strings.
 * The lists are plain arrays of small numbers, read as fast as typed arrays: a typed array of two
 * codes takes about 216 bytes of heap against 41, and a round's threads keep a profile per host.
 */
export interface ScoringProfile {
  /** Spoken languages, each code once (its first entry, as sharedLanguages reads them). */
  languages: readonly number[];
  /** LANGUAGE_LEVEL_SCORE of each, parallel to languages. */
  languageScores: readonly number[];
  /** Codes spoken natively or fluently: what this person can help someone practise. */
  strong: readonly number[];
  learning: readonly number[];
  /** Distinct interests, ascending. */
  interests: readonly number[];
  freeTime: readonly MsInterval[];
  waitingSinceMs: number;
  meetOnline: boolean;
}

/**
 * Each code seen, as a number, for as long as the process lives: language and interest codes are a
 * few hundred at most (profiles are validated against the reference lists).
 */
const codeNumbers = new Map<string, number>();

function codeOf(code: string): number {
  let number = codeNumbers.get(code);
  if (number === undefined) {
    number = codeNumbers.size;
    codeNumbers.set(code, number);
  }
  return number;
}

export function scoringProfileOf(person: MatchingPerson, now: Date): ScoringProfile {
  const languages: number[] = [];
  const languageScores: number[] = [];
  for (const spoken of person.languages) {
    const code = codeOf(spoken.code);
    if (languages.includes(code)) continue;
    languages.push(code);
    languageScores.push(LANGUAGE_LEVEL_SCORE[spoken.level]);
  }
  return {
    languages,
    languageScores,
    strong: person.languages.filter((spoken) => spoken.level === 'native' || spoken.level === 'fluent').map((spoken) => codeOf(spoken.code)),
    learning: person.learning.map(codeOf),
    interests: [...new Set(person.interests.map(codeOf))].sort((a, b) => a - b),
    freeTime: weeklyFreeTime(person, utcWeekStart(now)),
    waitingSinceMs: person.waitingSince.getTime(),
    meetOnline: person.meetOnline,
  };
}

/**
 * The level score of the best language both speak (the weaker speaker's level), or -1 when they
 * share none. Every level counts as shared: basic, the lowest, is sharedLanguages' minimum.
 */
export function bestSharedLanguageScore(a: ScoringProfile, b: ScoringProfile): number {
  let best = -1;
  for (let i = 0; i < a.languages.length; i += 1) {
    for (let j = 0; j < b.languages.length; j += 1) {
      if (a.languages[i] === b.languages[j]) {
        best = Math.max(best, Math.min(a.languageScores[i], b.languageScores[j]));
        break;
      }
    }
  }
  return best;
}

function canHelpPractise(teacher: ScoringProfile, learner: ScoringProfile): boolean {
  for (let i = 0; i < teacher.strong.length; i += 1) if (learner.learning.includes(teacher.strong[i])) return true;
  return false;
}

/** Interests both have: a merge of the two ascending lists. */
function sharedInterests(a: ScoringProfile, b: ScoringProfile): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.interests.length && j < b.interests.length; ) {
    if (a.interests[i] === b.interests[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a.interests[i] < b.interests[j]) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * The score of a pair that shares a language (bestSharedLanguageScore ≥ 0), as scorePair gives it
 * for the same week and `inPersonKm` (the distance when within both radii, else null).
 */
export function scoreProfiles(migrant: ScoringProfile, host: ScoringProfile, bestSharedScore: number, inPersonKm: number | null, nowMs: number): number {
  const practice = canHelpPractise(host, migrant) || canHelpPractise(migrant, host);
  return weightedScore(
    languageFactor(bestSharedScore, practice),
    distanceFactor(inPersonKm, migrant.meetOnline && host.meetOnline),
    interestsFactor(sharedInterests(migrant, host), migrant.interests.length, host.interests.length),
    availabilityFactor(overlapMinutes(migrant.freeTime, host.freeTime)),
    waitingFactor(waitingDays(Math.min(migrant.waitingSinceMs, host.waitingSinceMs), nowMs)),
  );
}
