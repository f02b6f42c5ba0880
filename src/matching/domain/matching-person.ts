/**
 * Plain data the matching domain works on. Deliberately free of framework
 * types so eligibility and scoring stay pure and unit-testable.
 */

/** Spoken-language proficiency, from strongest to weakest. */
export type LanguageLevel = 'native' | 'fluent' | 'conversational' | 'basic';

export type Gender = 'female' | 'male' | 'nonbinary' | 'unspecified';

/** 'same' means: only people of my own (specified) gender. */
export type PartnerGender = 'any' | 'same';

export type MatchingRole = 'migrant' | 'host';

export interface SpokenLanguage {
  /** ISO 639 code, e.g. "ar", "nl", "prs". */
  code: string;
  level: LanguageLevel;
}

/** A weekly free slot, expressed in the owner's own timezone. */
export interface AvailabilityWindow {
  /** ISO weekday 1 (Monday) .. 7 (Sunday). */
  day: number;
  /** "HH:MM", 24-hour clock. */
  start: string;
  /** "HH:MM", later than start on the same day ("24:00" allowed). */
  end: string;
}

export interface MatchingPerson {
  id: string;
  role: MatchingRole;
  gender: Gender;
  partnerGender: PartnerGender;
  lat: number | null;
  lon: number | null;
  maxDistanceKm: number;
  meetOnline: boolean;
  languages: SpokenLanguage[];
  /** ISO 639 codes the person wants to practise. */
  learning: string[];
  /** Interest codes, e.g. "cooking". */
  interests: string[];
  availability: AvailabilityWindow[];
  /** IANA zone, e.g. "Europe/Amsterdam". */
  timezone: string;
  /** Since when the person has been waiting for a partner. */
  waitingSince: Date;
  /** From the profile, for programme rules on age; absent or null when not filled in. */
  birthYear?: number | null;
}

/** A language two people both speak at basic or better, with each one's level. */
export interface SharedLanguage {
  code: string;
  levelA: LanguageLevel;
  levelB: LanguageLevel;
}

export type ReasonFactor = 'language' | 'distance' | 'interests' | 'availability' | 'waiting';

export type ReasonParams = Record<string, string | number | string[]>;

/**
 * One explanation of a suggestion. `detail` is the English sentence;
 * `code` + `params` let the web client render it in the user's language.
 */
export interface Reason {
  factor: ReasonFactor;
  /** 0..1 */
  score: number;
  detail: string;
  code: string;
  params: ReasonParams;
}

/**
 * The reason a programme with rules adds to a pair: the rules as a sentence. Not a scored factor
 * (score 1, weight none): it explains why the pair is in this programme at all.
 */
export interface ProgrammeReason extends Omit<Reason, 'factor'> {
  factor: 'programme';
}

/** What a suggestion or a proposal explains itself with: the scored factors, then the programme's rules. */
export type PairReason = Reason | ProgrammeReason;

/** Numeric rank per level so levels can be compared (higher is stronger). */
export const LANGUAGE_LEVEL_RANK: Readonly<Record<LanguageLevel, number>> = {
  basic: 1,
  conversational: 2,
  fluent: 3,
  native: 4,
};
