/**
 * One person as the candidate queries return them, and the single mapping to the side of a pair
 * that evaluatePair judges, so suggestions, requests and rounds decide and score exactly alike.
 */
import type { AvailabilityWindow, Gender, MatchingPerson, MatchingRole, PartnerGender, SpokenLanguage } from './matching-person.js';
import type { PairSide } from './pair.js';

export interface CandidateRow {
  id: string;
  role: MatchingRole;
  createdAt: Date;
  verification: 'pending' | 'verified' | 'rejected' | null;
  gender: Gender | null;
  partnerGender: PartnerGender | null;
  lat: number | null;
  lon: number | null;
  maxDistanceKm: number | null;
  meetOnline: boolean;
  languages: SpokenLanguage[];
  learning: string[];
  interests: string[];
  availability: AvailabilityWindow[];
  timezone: string | null;
  completedAt: Date | null;
  /** When the person's latest match ended (declined, expired or ended); null if never. */
  lastMatchEndedAt: Date | null;
  /** Hosts: capacity minus proposed and active matches; migrants: 0. */
  openSlots: number;
  /** Migrants: in a proposed or active match now. */
  hasOpenMatch: boolean;
  /** The account is active, or its suspension has run out. */
  active: boolean;
  complete: boolean;
  erased: boolean;
}

/**
 * Waiting starts when the profile became complete (or at sign-up for profiles completed before
 * that was recorded); a migrant whose last match ended later waits again from that moment.
 * Hosts keep their first date: their wait is for a first partner, capacity covers the rest.
 */
export function waitingSince(row: Pick<CandidateRow, 'role' | 'createdAt' | 'completedAt' | 'lastMatchEndedAt'>): Date {
  const since = row.completedAt ?? row.createdAt;
  const ended = row.role === 'migrant' ? row.lastMatchEndedAt : null;
  return ended !== null && ended.getTime() > since.getTime() ? ended : since;
}

/** Rows come from complete profiles; the fallbacks only keep a damaged row from breaking a list. */
export function toMatchingPerson(row: CandidateRow): MatchingPerson {
  return {
    id: row.id,
    role: row.role,
    gender: row.gender ?? 'unspecified',
    partnerGender: row.partnerGender ?? 'any',
    lat: row.lat,
    lon: row.lon,
    maxDistanceKm: row.maxDistanceKm ?? 0,
    meetOnline: row.meetOnline,
    languages: row.languages,
    learning: row.learning,
    interests: row.interests,
    availability: row.availability,
    timezone: row.timezone ?? 'UTC',
    waitingSince: waitingSince(row),
  };
}

export function toPairSide(row: CandidateRow): PairSide {
  return {
    person: toMatchingPerson(row),
    verified: row.verification === 'verified',
    activeWithCompleteProfile: row.active && row.complete && !row.erased,
    openSlots: row.openSlots,
    hasOpenMatch: row.hasOpenMatch,
  };
}
