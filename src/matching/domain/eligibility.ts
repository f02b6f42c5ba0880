/**
 * The contract's "eligible pair" rule, split into one named check per clause
 * so callers can report exactly why a pair was refused (409 messages).
 * Facts that live in the database (verification, blocks, open slots, ...)
 * arrive pre-computed in the context; this module only decides.
 */
import {
  LANGUAGE_LEVEL_RANK,
  type LanguageLevel,
  type MatchingPerson,
} from './matching-person.js';

export interface EligibilityContext {
  /** Distance between the two, or null when either location is unknown. */
  distanceKm: number | null;
  hostVerified: boolean;
  bothActiveAndComplete: boolean;
  /** Either person blocked the other, or the pair was declined before. */
  pairExcluded: boolean;
  /** Host capacity minus their proposed and active matches. */
  hostOpenSlots: number;
  /** The migrant already has a proposed or active match. */
  migrantHasOpenMatch: boolean;
}

export type IneligibilityReason =
  | 'not-migrant-host-pair'
  | 'host-not-verified'
  | 'inactive-or-incomplete'
  | 'pair-excluded'
  | 'migrant-already-matched'
  | 'host-full'
  | 'no-shared-language'
  | 'too-far'
  | 'gender-preference';

export type EligibilityResult =
  | { eligible: true }
  | { eligible: false; reason: IneligibilityReason; message: string };

/** English messages, shown to API clients as the 409 body. */
export const INELIGIBILITY_MESSAGES: Readonly<Record<IneligibilityReason, string>> = {
  'not-migrant-host-pair': 'A match needs exactly one migrant and one host.',
  'host-not-verified': 'The host has not been verified yet.',
  'inactive-or-incomplete': 'Both people need an active account with a complete profile.',
  // Worded neutrally on purpose: it must not reveal who blocked whom.
  'pair-excluded': 'This pair cannot be matched because it was declined or blocked before.',
  'migrant-already-matched': 'The migrant already has a proposed or active match.',
  'host-full': 'The host has no open slot for another match.',
  'no-shared-language': 'The two people do not share a language at basic level or better.',
  'too-far': 'The two people live too far apart and do not both meet online.',
  'gender-preference': "The pair does not fit one person's partner gender preference.",
};

/** Lowest level at which a language counts as shared. */
const MIN_SHARED_LEVEL: LanguageLevel = 'basic';

export interface SharedLanguage {
  code: string;
  levelA: LanguageLevel;
  levelB: LanguageLevel;
}

function speaksAtLeast(level: LanguageLevel, minimum: LanguageLevel): boolean {
  return LANGUAGE_LEVEL_RANK[level] >= LANGUAGE_LEVEL_RANK[minimum];
}

/** Languages both speak at basic or better, with each side's level. */
export function sharedLanguages(a: MatchingPerson, b: MatchingPerson): SharedLanguage[] {
  const shared: SharedLanguage[] = [];
  for (const spokenByA of a.languages) {
    const spokenByB = b.languages.find((language) => language.code === spokenByA.code);
    if (
      spokenByB !== undefined &&
      speaksAtLeast(spokenByA.level, MIN_SHARED_LEVEL) &&
      speaksAtLeast(spokenByB.level, MIN_SHARED_LEVEL) &&
      !shared.some((language) => language.code === spokenByA.code)
    ) {
      shared.push({ code: spokenByA.code, levelA: spokenByA.level, levelB: spokenByB.level });
    }
  }
  return shared;
}

/**
 * Both can meet online, or the distance is known and within both radii.
 * An unknown distance never counts as "near".
 */
export function withinReach(a: MatchingPerson, b: MatchingPerson, distanceKm: number | null): boolean {
  if (a.meetOnline && b.meetOnline) {
    return true;
  }
  return distanceKm !== null && distanceKm <= Math.min(a.maxDistanceKm, b.maxDistanceKm);
}

/**
 * Whether `partner` satisfies `person`'s partnerGender. 'same' requires the
 * partner's gender to equal the person's own, and neither may be
 * 'unspecified': "same as unknown" is not a meaningful promise, so someone who
 * asks for 'same' without stating a gender gets no matches until they do.
 */
export function fitsGenderPreference(person: MatchingPerson, partner: MatchingPerson): boolean {
  if (person.partnerGender === 'any') {
    return true;
  }
  return (
    person.gender !== 'unspecified' &&
    partner.gender !== 'unspecified' &&
    partner.gender === person.gender
  );
}

type Rule = (
  migrant: MatchingPerson,
  host: MatchingPerson,
  context: EligibilityContext,
) => IneligibilityReason | null;

// Ordered cheapest and most fundamental first; the first failure is reported.
const RULES: readonly Rule[] = [
  (m, h) => (m.role === 'migrant' && h.role === 'host' ? null : 'not-migrant-host-pair'),
  (_m, _h, c) => (c.hostVerified ? null : 'host-not-verified'),
  (_m, _h, c) => (c.bothActiveAndComplete ? null : 'inactive-or-incomplete'),
  (_m, _h, c) => (c.pairExcluded ? 'pair-excluded' : null),
  (_m, _h, c) => (c.migrantHasOpenMatch ? 'migrant-already-matched' : null),
  (_m, _h, c) => (c.hostOpenSlots > 0 ? null : 'host-full'),
  (m, h) => (sharedLanguages(m, h).length > 0 ? null : 'no-shared-language'),
  (m, h, c) => (withinReach(m, h, c.distanceKm) ? null : 'too-far'),
  (m, h) =>
    fitsGenderPreference(m, h) && fitsGenderPreference(h, m) ? null : 'gender-preference',
];

/** Decides whether `migrant` and `host` may be proposed to each other. */
export function checkEligibility(
  migrant: MatchingPerson,
  host: MatchingPerson,
  context: EligibilityContext,
): EligibilityResult {
  for (const rule of RULES) {
    const reason = rule(migrant, host, context);
    if (reason !== null) {
      return { eligible: false, reason, message: INELIGIBILITY_MESSAGES[reason] };
    }
  }
  return { eligible: true };
}
