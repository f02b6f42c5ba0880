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

/** One person's facts as scoring reads them, for the week a round scores. */
export interface ScoringProfile {
  /** Spoken languages, each code once (its first entry, as sharedLanguages reads them). */
  languageCodes: readonly string[];
  /** LANGUAGE_LEVEL_SCORE of each, parallel to languageCodes. */
  languageScores: readonly number[];
  /** Codes spoken natively or fluently: what this person can help someone practise. */
  strongCodes: readonly string[];
  learning: readonly string[];
  /** Distinct interests. */
  interests: readonly string[];
  interestSet: ReadonlySet<string>;
  freeTime: readonly MsInterval[];
  waitingSinceMs: number;
  meetOnline: boolean;
}

export function scoringProfileOf(person: MatchingPerson, now: Date): ScoringProfile {
  const languageCodes: string[] = [];
  const languageScores: number[] = [];
  for (const spoken of person.languages) {
    if (languageCodes.includes(spoken.code)) continue;
    languageCodes.push(spoken.code);
    languageScores.push(LANGUAGE_LEVEL_SCORE[spoken.level]);
  }
  const interestSet = new Set(person.interests);
  return {
    languageCodes,
    languageScores,
    strongCodes: person.languages.filter((spoken) => spoken.level === 'native' || spoken.level === 'fluent').map((spoken) => spoken.code),
    learning: person.learning,
    interests: [...interestSet],
    interestSet,
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
  for (let i = 0; i < a.languageCodes.length; i += 1) {
    const j = b.languageCodes.indexOf(a.languageCodes[i]);
    if (j >= 0) best = Math.max(best, Math.min(a.languageScores[i], b.languageScores[j]));
  }
  return best;
}

function canHelpPractise(teacher: ScoringProfile, learner: ScoringProfile): boolean {
  for (const code of teacher.strongCodes) if (learner.learning.includes(code)) return true;
  return false;
}

function sharedInterests(a: ScoringProfile, b: ScoringProfile): number {
  let shared = 0;
  for (const interest of a.interests) if (b.interestSet.has(interest)) shared += 1;
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
