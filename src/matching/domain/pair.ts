/**
 * One migrant-host pair, evaluated once: whether the two may be proposed to each other (the
 * contract's "eligible pair", one named rule per clause so a 409 can say which failed), which of
 * them is the migrant, how far apart they live, and their score with its reasons. Suggestions,
 * match requests and rounds all decide here; their queries only narrow who is worth evaluating.
 */
import type { MeetingMode, ProgrammeRules } from '../../organisations/domain/programme.js';
import { pairProblem } from '../../organisations/domain/programme-rules.js';
import { LANGUAGE_LEVEL_RANK, type LanguageLevel, type MatchingPerson, type PairReason, type SharedLanguage } from './matching-person.js';
import { bestSharedLanguageScore, scoreProfiles, type ScoringProfile } from './round-scoring.js';
import { scorePair, type PairToScore } from './score.js';

/**
 * One side of a pair in one programme: the person, and the facts about them that only the
 * database knows. Membership, vetting and the open match are the programme's; capacity is global.
 */
export interface PairSide {
  person: MatchingPerson;
  /** An active member of the programme the pair is evaluated in. */
  member: boolean;
  /** Hosts: verified by the staff of the organisation running the programme. */
  verified: boolean;
  /**
   * Hosts: every check the organisation requires is recorded and unexpired now (true when it
   * requires none). A host whose checks lapsed gets no new proposals; their matches go on.
   */
  checksCleared: boolean;
  /** An active account (a suspension that has run out counts) with a complete profile, not erased. */
  activeWithCompleteProfile: boolean;
  /**
   * Hosts: capacity minus their proposed and active matches in every programme: a volunteer's
   * capacity is how many people they meet at once, wherever the matches come from.
   */
  openSlots: number;
  /** Migrants: in a proposed or active match in this programme now (one open match per programme). */
  hasOpenMatch: boolean;
}

/**
 * What deciding whether two people may be paired reads of a person: not their interests, the
 * languages they practise or their week, which only the score reads (from a ScoringProfile in
 * rounds and suggestions). A round's threads keep their hosts in this form.
 */
export type EligibilityPerson = Pick<MatchingPerson, 'id' | 'role' | 'gender' | 'partnerGender' | 'lat' | 'lon' | 'maxDistanceKm' | 'meetOnline' | 'languages' | 'birthYear'>;

export type EligibilitySide = Omit<PairSide, 'person'> & { person: EligibilityPerson };

/** Only what eligibility reads, copied: the rest of the person can be let go. */
export function eligibilitySideOf(side: PairSide): EligibilitySide {
  const { id, role, gender, partnerGender, lat, lon, maxDistanceKm, meetOnline, languages, birthYear } = side.person;
  return {
    member: side.member,
    verified: side.verified,
    checksCleared: side.checksCleared,
    activeWithCompleteProfile: side.activeWithCompleteProfile,
    openSlots: side.openSlots,
    hasOpenMatch: side.hasOpenMatch,
    person: { id, role, gender, partnerGender, lat, lon, maxDistanceKm, meetOnline, languages, birthYear },
  };
}

/** The programme a pair is evaluated in, as its rules stand now (rule changes apply to new proposals). */
export interface PairProgramme {
  rules: ProgrammeRules;
  /** `describeRules` of the rules, computed once per programme; null when it has no rules about people. */
  description: string | null;
  /** A language's English name, for the rules' messages. */
  languageName: (code: string) => string;
}

export interface PairFacts {
  /** Either person blocked the other, or the pair was declined before. */
  excluded: boolean;
  /** The programme's rules; absent: a programme without rules (the default one). */
  programme?: PairProgramme;
}

export type IneligibilityReason =
  | 'not-migrant-host-pair'
  | 'host-not-verified'
  | 'host-checks-lapsed'
  | 'inactive-or-incomplete'
  | 'pair-excluded'
  | 'migrant-already-matched'
  | 'host-full'
  | 'no-shared-language'
  | 'too-far'
  | 'gender-preference'
  | 'not-in-programme'
  | 'meeting-mode'
  | 'programme-rules';

export type PairEvaluation =
  | { eligible: true; migrant: PairSide; host: PairSide; distanceKm: number | null; score: number; reasons: PairReason[] }
  | { eligible: false; reason: IneligibilityReason; message: string; distanceKm: number | null };

/** English messages, shown to API clients as the 409 body. */
export const INELIGIBILITY_MESSAGES: Readonly<Record<IneligibilityReason, string>> = {
  'not-migrant-host-pair': 'A match needs exactly one migrant and one host.',
  'host-not-verified': 'The host has not been verified yet.',
  'host-checks-lapsed': "The host's volunteer checks required by the programme's organisation are missing or expired.",
  'inactive-or-incomplete': 'Both people need an active account with a complete profile.',
  // Worded neutrally on purpose: it must not reveal who blocked whom.
  'pair-excluded': 'This pair cannot be matched because it was declined or blocked before.',
  'migrant-already-matched': 'The migrant already has a proposed or active match.',
  'host-full': 'The host has no open slot for another match.',
  'no-shared-language': 'The two people do not share a language at basic level or better.',
  'too-far': 'The two people live too far apart and do not both meet online.',
  'gender-preference': "The pair does not fit one person's partner gender preference.",
  'not-in-programme': 'Both people need to be active members of the programme.',
  'meeting-mode': "The two cannot meet the way the programme's pairs meet.",
  // Replaced by the rule's own sentence (pairProblem) when the evaluation has it.
  'programme-rules': "The pair does not meet the programme's rules.",
};

const MEETING_MODE_MESSAGES: Readonly<Record<'online' | 'in-person', string>> = {
  online: "This programme's pairs meet online, and the two do not both meet online.",
  'in-person': "This programme's pairs meet in person, and the two live too far apart.",
};

/** Evaluates a pair, measuring the distance between the two from their coordinates. */
export function evaluatePair(a: PairSide, b: PairSide, facts: PairFacts, now: Date): PairEvaluation {
  return evaluateMeasuredPair(a, b, facts, kmBetween(a.person, b.person), now);
}

/**
 * Evaluates a pair whose distance the caller has already measured with kmBetween (a round
 * measures every pair while finding them), so no pair is measured twice.
 */
export function evaluateMeasuredPair(a: PairSide, b: PairSide, facts: PairFacts, distanceKm: number | null, now: Date): PairEvaluation {
  const [migrant, host] = asMigrantAndHost(a, b);
  const toScore = pairToScore(migrant.person, host.person, distanceKm);
  const mode = facts.programme?.rules.meeting ?? null;
  const reason = brokenRule(migrant, host, facts, toScore.sharedLanguages.length > 0, distanceKm, mode);
  if (reason !== null) {
    const message = reason === 'meeting-mode' && (mode === 'online' || mode === 'in-person') ? MEETING_MODE_MESSAGES[mode] : INELIGIBILITY_MESSAGES[reason];
    return { eligible: false, reason, message, distanceKm };
  }
  const programme = facts.programme;
  const problem = programmeProblem(migrant, host, programme, now);
  if (problem !== null) return { eligible: false, reason: 'programme-rules', message: problem.message, distanceKm };
  const { score, reasons } = scorePair(toScore, now);
  const explained: PairReason[] = reasons;
  if (programme !== undefined && programme.description !== null) explained.push({ factor: 'programme', score: 1, detail: programme.description, code: 'programme.rules', params: {} });
  return { eligible: true, migrant, host, distanceKm, score, reasons: explained };
}

/**
 * A round's pair: the score evaluateMeasuredPair gives it, without reasons, or null when it is not
 * eligible. The same rules in the same order; `profiles` are the migrant's and the host's
 * (scoringProfileOf, for the week of `now`), and the two come in that order, as a round has them.
 */
export function measuredPairScore(
  migrant: EligibilitySide,
  host: EligibilitySide,
  profiles: { migrant: ScoringProfile; host: ScoringProfile },
  facts: PairFacts,
  distanceKm: number | null,
  now: Date,
): number | null {
  const bestShared = bestSharedLanguageScore(profiles.migrant, profiles.host);
  const mode = facts.programme?.rules.meeting ?? null;
  if (brokenRule(migrant, host, facts, bestShared >= 0, distanceKm, mode) !== null) return null;
  if (programmeProblem(migrant, host, facts.programme, now) !== null) return null;
  const inPersonKm = withinInPersonReach(migrant.person, host.person, distanceKm) ? distanceKm : null;
  return scoreProfiles(profiles.migrant, profiles.host, bestShared, inPersonKm, now.getTime());
}

/** The programme rule the pair breaks, with its sentence; null when it meets them all or there are none. */
function programmeProblem(migrant: EligibilitySide, host: EligibilitySide, programme: PairProgramme | undefined, now: Date): ReturnType<typeof pairProblem> {
  if (programme === undefined) return null;
  return pairProblem(ruleSide(migrant.person), ruleSide(host.person), programme.rules, { now, languageName: programme.languageName });
}

/** What the programme's rules look at in a person. */
function ruleSide(person: EligibilityPerson): Parameters<typeof pairProblem>[0] {
  return { role: person.role, gender: person.gender, birthYear: person.birthYear ?? null, languages: person.languages };
}

/** What the score needs of a pair, established once for the rules and the score alike. */
export function pairToScore(migrant: MatchingPerson, host: MatchingPerson, distanceKm: number | null): PairToScore {
  return {
    migrant,
    host,
    sharedLanguages: sharedLanguages(migrant, host),
    inPersonKm: withinInPersonReach(migrant, host, distanceKm) ? distanceKm : null,
  };
}

/** Orders two sides as (migrant, host); two of one role stay as given and fail the first rule. */
function asMigrantAndHost(a: PairSide, b: PairSide): [PairSide, PairSide] {
  return b.person.role === 'migrant' && a.person.role !== 'migrant' ? [b, a] : [a, b];
}

/** The first clause the pair breaks, cheapest and most fundamental first; null when eligible. */
function brokenRule(
  migrant: EligibilitySide,
  host: EligibilitySide,
  facts: PairFacts,
  sharesLanguage: boolean,
  distanceKm: number | null,
  mode: MeetingMode | null,
): IneligibilityReason | null {
  const m = migrant.person;
  const h = host.person;
  if (m.role !== 'migrant' || h.role !== 'host') return 'not-migrant-host-pair';
  if (!migrant.member || !host.member) return 'not-in-programme';
  if (!host.verified) return 'host-not-verified';
  if (!host.checksCleared) return 'host-checks-lapsed';
  if (!migrant.activeWithCompleteProfile || !host.activeWithCompleteProfile) return 'inactive-or-incomplete';
  if (facts.excluded) return 'pair-excluded';
  if (!isFreeForProposal(migrant)) return 'migrant-already-matched';
  if (!isFreeForProposal(host)) return 'host-full';
  if (!sharesLanguage) return 'no-shared-language';
  if (!meetsMeetingMode(m, h, distanceKm, mode)) return mode === 'online' || mode === 'in-person' ? 'meeting-mode' : 'too-far';
  if (!fitsGenderPreference(m, h) || !fitsGenderPreference(h, m)) return 'gender-preference';
  return null;
}

/** A migrant in no proposed or active match; a host with an open slot. */
export function isFreeForProposal(side: Pick<PairSide, 'openSlots' | 'hasOpenMatch'> & { person: Pick<MatchingPerson, 'role'> }): boolean {
  return side.person.role === 'migrant' ? !side.hasOpenMatch : side.openSlots > 0;
}

/** Lowest level at which a language counts as shared. */
const MIN_SHARED_LEVEL: LanguageLevel = 'basic';

function speaksAtLeast(level: LanguageLevel, minimum: LanguageLevel): boolean {
  return LANGUAGE_LEVEL_RANK[level] >= LANGUAGE_LEVEL_RANK[minimum];
}

/** Languages both speak at basic or better, each once, with each side's level (`a`'s first). */
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

/** What reach reads of a person. */
type ReachPerson = Pick<MatchingPerson, 'meetOnline' | 'maxDistanceKm'>;

/** The distance is known and within both people's maxDistanceKm. */
export function withinInPersonReach(a: ReachPerson, b: ReachPerson, distanceKm: number | null): boolean {
  return distanceKm !== null && distanceKm <= Math.min(a.maxDistanceKm, b.maxDistanceKm);
}

/** Both meet online, or they live within both radii. An unknown distance never counts as near. */
export function withinReach(a: ReachPerson, b: ReachPerson, distanceKm: number | null): boolean {
  return (a.meetOnline && b.meetOnline) || withinInPersonReach(a, b, distanceKm);
}

/**
 * Whether the two can meet as the programme's pairs meet: 'online', both meet online; 'in-person',
 * within both radii (meeting online does not count); 'either' or no rule, one or the other.
 */
export function meetsMeetingMode(a: ReachPerson, b: ReachPerson, distanceKm: number | null, mode: MeetingMode | null): boolean {
  if (mode === 'online') return a.meetOnline && b.meetOnline;
  if (mode === 'in-person') return withinInPersonReach(a, b, distanceKm);
  return withinReach(a, b, distanceKm);
}

/**
 * Whether `partner` satisfies `person`'s partnerGender. 'same' requires the partner's gender to
 * equal the person's own, and neither may be 'unspecified': "same as unknown" is not a meaningful
 * promise, so someone who asks for 'same' without stating a gender gets no matches until they do.
 */
export function fitsGenderPreference(person: Pick<MatchingPerson, 'gender' | 'partnerGender'>, partner: Pick<MatchingPerson, 'gender'>): boolean {
  if (person.partnerGender === 'any') return true;
  return person.gender !== 'unspecified' && partner.gender !== 'unspecified' && partner.gender === person.gender;
}

const EARTH_RADIUS_KM = 6371.0088;

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Anything that may or may not have coordinates (a MatchingPerson, a profile). */
export interface MaybeLocated {
  lat: number | null;
  lon: number | null;
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle (haversine) distance in kilometres: the one distance matching decides and scores with. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKmWithCosines(a.lat, a.lon, latitudeCosine(a.lat), b.lat, b.lon, latitudeCosine(b.lat));
}

/** The cosine of a latitude in degrees, as haversineKmWithCosines takes it (rounds compute it once per person). */
export function latitudeCosine(lat: number): number {
  return Math.cos(toRadians(lat));
}

/** haversineKm from plain numbers, with each latitude's cosine given: the same arithmetic, nothing allocated. */
export function haversineKmWithCosines(latA: number, lonA: number, cosLatA: number, latB: number, lonB: number, cosLatB: number): number {
  const dLat = toRadians(latB - latA);
  const dLon = toRadians(lonB - lonA);
  const h = Math.sin(dLat / 2) ** 2 + cosLatA * cosLatB * Math.sin(dLon / 2) ** 2;
  // Clamp guards against h drifting just above 1 through rounding (antipodes).
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Kilometres per degree of latitude on the sphere haversineKm uses, rounded down: two points
 * whose latitudes differ by d degrees are at least d times this far apart.
 */
export const MIN_KM_PER_DEGREE_LATITUDE = 111.19;

/** Distance between two people or places, or null when either has no location. */
export function kmBetween(a: MaybeLocated, b: MaybeLocated): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineKmWithCosines(a.lat, a.lon, latitudeCosine(a.lat), b.lat, b.lon, latitudeCosine(b.lat));
}
