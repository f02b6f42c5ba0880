/**
 * The score of an eligible migrant-host pair, the scoring part of evaluatePair (pair.ts), which
 * hands over what it established while checking the rules. Each factor yields a 0..1 score and a
 * reason the people can read; the total is their weighted sum on 0..100. Reasons carry `code` +
 * `params` so the web client can translate them.
 */
import type {
  LanguageLevel,
  MatchingPerson,
  Reason,
  ReasonFactor,
  ReasonParams,
  SharedLanguage,
} from './matching-person.js';
import { utcWeekStart, weeklyOverlapMinutes } from './weekly-overlap.js';

/** A pair as evaluatePair hands it over for scoring. */
export interface PairToScore {
  migrant: MatchingPerson;
  host: MatchingPerson;
  /** Languages both speak at basic or better. */
  sharedLanguages: readonly SharedLanguage[];
  /** The distance when within both people's radii; null when farther or unknown. */
  inPersonKm: number | null;
}

/** How much each factor counts. The only place to tune ranking; sums to 1. */
export const SCORE_WEIGHTS: Readonly<Record<ReasonFactor, number>> = {
  language: 0.3,
  distance: 0.2,
  interests: 0.2,
  availability: 0.2,
  waiting: 0.1,
};

/** Order in which reasons are returned, so the client can lay them out stably. */
const FACTOR_ORDER: readonly ReasonFactor[] = ['language', 'distance', 'interests', 'availability', 'waiting'];

export const LANGUAGE_LEVEL_SCORE: Readonly<Record<LanguageLevel, number>> = {
  basic: 0.4,
  conversational: 0.7,
  fluent: 0.9,
  native: 1,
};
/** Added when one can help the other practise a language they are learning. */
export const PRACTICE_BONUS = 0.2;
/** km at which the distance factor has dropped to 1/e. */
export const DISTANCE_DECAY_KM = 15;
/** Pairs who can only meet online are neither rewarded nor punished much. */
export const ONLINE_DISTANCE_SCORE = 0.5;
/** Shared interests needed for a full interests score (fewer if a list is shorter). */
export const INTEREST_SATURATION = 3;
export const AVAILABILITY_SATURATION_MINUTES = 6 * 60;
export const WAITING_SATURATION_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PairScore {
  /** 0..100, one decimal. */
  score: number;
  reasons: Reason[];
}

type ReasonBody = Omit<Reason, 'factor'>;

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function reason(score: number, code: string, detail: string, params: ReasonParams = {}): ReasonBody {
  return { score: clamp01(score), code, detail, params };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

// Intl lookups cost microseconds each, too much for scoring whole rounds; codes are few.
const languageNameCache = new Map<string, string>();

/** English name of an ISO 639 code; the code itself if Intl does not know it. */
export function languageName(code: string): string {
  let name = languageNameCache.get(code);
  if (name === undefined) {
    name = lookUpLanguageName(code);
    if (languageNameCache.size < 10_000) languageNameCache.set(code, name);
  }
  return name;
}

function lookUpLanguageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code; // Malformed codes make Intl throw; show them as-is.
  }
}

/** "a", "a and b", "a, b and c". */
function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface PracticeOpportunity {
  code: string;
  level: 'native' | 'fluent';
}

/** A language `teacher` speaks natively or fluently that `learner` wants to practise. */
function practiceFor(teacher: MatchingPerson, learner: MatchingPerson): PracticeOpportunity | null {
  const strong = teacher.languages
    .filter((spoken) => spoken.level === 'native' || spoken.level === 'fluent')
    .filter((spoken) => learner.learning.includes(spoken.code))
    .sort((x, y) => LANGUAGE_LEVEL_SCORE[y.level] - LANGUAGE_LEVEL_SCORE[x.level]);
  const best = strong[0];
  return best === undefined ? null : { code: best.code, level: best.level === 'native' ? 'native' : 'fluent' };
}

function bestPractice(migrant: MatchingPerson, host: MatchingPerson): PracticeOpportunity | null {
  const candidates = [practiceFor(host, migrant), practiceFor(migrant, host)].filter(
    (candidate): candidate is PracticeOpportunity => candidate !== null,
  );
  candidates.sort((x, y) => LANGUAGE_LEVEL_SCORE[y.level] - LANGUAGE_LEVEL_SCORE[x.level]);
  return candidates[0] ?? null;
}

function languageReason({ migrant, host, sharedLanguages }: PairToScore): ReasonBody {
  const shared = sharedLanguages
    .map((language) => ({
      code: language.code,
      // A conversation runs at the weaker speaker's level.
      score: Math.min(LANGUAGE_LEVEL_SCORE[language.levelA], LANGUAGE_LEVEL_SCORE[language.levelB]),
    }))
    .sort((x, y) => y.score - x.score);
  const best = shared[0];
  if (best === undefined) {
    return reason(0, 'language.none', 'No language in common');
  }
  const codes = shared.map((language) => language.code);
  const spoken = `You both speak ${listInEnglish(codes.map(languageName))}`;
  const practice = bestPractice(migrant, host);
  if (practice === null) {
    return reason(languageFactor(best.score, false), 'language.shared', spoken, { languages: codes });
  }
  const adverb = practice.level === 'native' ? 'natively' : 'fluently';
  const detail = `${spoken}. One of you speaks ${languageName(practice.code)} ${adverb}, which the other wants to practise`;
  return reason(languageFactor(best.score, true), 'language.sharedWithPractice', detail, {
    languages: codes,
    practiceLanguage: practice.code,
    practiceLevel: practice.level,
  });
}

/** How far apart the two are, or that they meet online (distanceFactor decides the score). */
function distanceReason({ migrant, host, inPersonKm }: PairToScore): ReasonBody {
  const bothOnline = migrant.meetOnline && host.meetOnline;
  const score = distanceFactor(inPersonKm, bothOnline);
  if (bothOnline && inPersonDecay(inPersonKm) < ONLINE_DISTANCE_SCORE) {
    return reason(score, 'distance.online', 'Meeting online');
  }
  if (inPersonKm === null) {
    return reason(score, 'distance.unknown', 'Too far apart or location unknown');
  }
  if (inPersonKm < 1) {
    return reason(score, 'distance.underOneKm', 'Less than 1 km apart');
  }
  const km = roundKm(inPersonKm);
  return reason(score, 'distance.km', `${km} km apart`, { km });
}

/**
 * Whole kilometres as people read them, in reasons and on partner cards. Never rounds a positive
 * distance down to 0, so "Less than 1 km" can be said for anything under 1 instead.
 */
export function roundKm(km: number): number {
  if (!Number.isFinite(km) || km <= 0) {
    return 0;
  }
  return Math.max(1, Math.round(km));
}

function humanise(code: string): string {
  return code.replace(/[_-]+/g, ' ');
}

function interestsReason(migrant: MatchingPerson, host: MatchingPerson): ReasonBody {
  const own = new Set(migrant.interests);
  const theirs = new Set(host.interests);
  const shared = [...own].filter((interest) => theirs.has(interest));
  if (shared.length === 0) {
    return reason(0, 'interests.none', 'No shared interests yet');
  }
  const detail = `Shared interests: ${shared.map(humanise).join(', ')}`;
  return reason(interestsFactor(shared.length, own.size, theirs.size), 'interests.shared', detail, { interests: shared });
}

function formatWeeklyTime(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const halfHours = Math.round(minutes / 30) / 2;
  return `${halfHours} h`;
}

function availabilityReason(migrant: MatchingPerson, host: MatchingPerson, now: Date): ReasonBody {
  const minutes = weeklyOverlapMinutes(migrant, host, utcWeekStart(now));
  if (minutes === 0) {
    return reason(0, 'availability.none', 'No free time in common yet', { minutes: 0 });
  }
  const detail = `${formatWeeklyTime(minutes)} a week in common`;
  return reason(availabilityFactor(minutes), 'availability.overlap', detail, { minutes });
}

/** The longer wait of the two, so neither side is left waiting for ever. */
function waitingReason(migrant: MatchingPerson, host: MatchingPerson, now: Date): ReasonBody {
  const days = waitingDays(Math.min(migrant.waitingSince.getTime(), host.waitingSince.getTime()), now.getTime());
  const score = waitingFactor(days);
  if (days === 0) {
    return reason(score, 'waiting.today', 'Started waiting today', { days });
  }
  const detail = `Waiting for ${days} ${days === 1 ? 'day' : 'days'}`;
  return reason(score, 'waiting.days', detail, { days });
}

/** Scores a pair evaluatePair found eligible; `now` fixes the week and the wait. */
export function scorePair(pair: PairToScore, now: Date): PairScore {
  const { migrant, host } = pair;
  const bodies: Record<ReasonFactor, ReasonBody> = {
    language: languageReason(pair),
    distance: distanceReason(pair),
    interests: interestsReason(migrant, host),
    availability: availabilityReason(migrant, host, now),
    waiting: waitingReason(migrant, host, now),
  };
  const reasons = FACTOR_ORDER.map((factor): Reason => ({ factor, ...bodies[factor] }));
  const { language, distance, interests, availability, waiting } = bodies;
  return { score: weightedScore(language.score, distance.score, interests.score, availability.score, waiting.score), reasons };
}

/*
 * Each factor's value from the facts it needs, shared by scorePair and by the reason-free scoring
 * of rounds (round-scoring.ts): one formula per factor, so both always give the same score.
 */

/** The best shared language's level score (the weaker speaker's), plus the practice bonus. */
export function languageFactor(bestSharedLevelScore: number, practice: boolean): number {
  return clamp01(practice ? bestSharedLevelScore + PRACTICE_BONUS : bestSharedLevelScore);
}

function inPersonDecay(inPersonKm: number | null): number {
  return inPersonKm === null ? 0 : Math.exp(-inPersonKm / DISTANCE_DECAY_KM);
}

/**
 * Decays with distance. If both meet online, online is the floor: being far
 * apart must never score lower than having no location at all.
 */
export function distanceFactor(inPersonKm: number | null, bothOnline: boolean): number {
  const decay = inPersonDecay(inPersonKm);
  return clamp01(bothOnline && decay < ONLINE_DISTANCE_SCORE ? ONLINE_DISTANCE_SCORE : decay);
}

/** Overlap over the shorter list (distinct interests), capped, so long lists are not punished. */
export function interestsFactor(shared: number, own: number, theirs: number): number {
  return shared === 0 ? 0 : clamp01(shared / Math.min(own, theirs, INTEREST_SATURATION));
}

export function availabilityFactor(minutes: number): number {
  return clamp01(minutes / AVAILABILITY_SATURATION_MINUTES);
}

/** Whole days since the earlier of the two started waiting, never negative. */
export function waitingDays(earliestWaitingMs: number, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - earliestWaitingMs) / DAY_MS));
}

export function waitingFactor(days: number): number {
  return clamp01(days / WAITING_SATURATION_DAYS);
}

/** The factors' weighted sum on 0..100, one decimal, summed in the reasons' order. */
export function weightedScore(language: number, distance: number, interests: number, availability: number, waiting: number): number {
  let weighted = 0;
  weighted += SCORE_WEIGHTS.language * language;
  weighted += SCORE_WEIGHTS.distance * distance;
  weighted += SCORE_WEIGHTS.interests * interests;
  weighted += SCORE_WEIGHTS.availability * availability;
  weighted += SCORE_WEIGHTS.waiting * waiting;
  return Math.round(Math.min(100, Math.max(0, weighted * 100)) * 10) / 10;
}
