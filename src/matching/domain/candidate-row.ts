/**
 * One person as the candidate queries return them, and the single mapping to the side of a pair
 * that evaluatePair judges, so suggestions, requests and rounds decide and score exactly alike.
 */
import type { AvailabilityWindow, Gender, MatchingPerson, MatchingRole, PartnerGender, SpokenLanguage } from './matching-person.js';
import type { PairSide } from './pair.js';

/** A person as seen in one programme: membership, vetting and the open match are that programme's. */
export interface CandidateRow {
  id: string;
  role: MatchingRole;
  /** An active member of the programme. */
  member: boolean;
  birthYear: number | null;
  createdAt: Date;
  verification: 'pending' | 'verified' | 'rejected' | null;
  /** Hosts: the organisation's required checks are recorded and unexpired now (its vetting's `checks_cleared_until`). */
  checksCleared: boolean;
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
  /** Migrants: in a proposed or active match in the programme now. */
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
    birthYear: row.birthYear,
  };
}

export function toPairSide(row: CandidateRow): PairSide {
  return {
    person: toMatchingPerson(row),
    member: row.member,
    verified: row.verification === 'verified',
    checksCleared: row.checksCleared,
    activeWithCompleteProfile: row.active && row.complete && !row.erased,
    openSlots: row.openSlots,
    hasOpenMatch: row.hasOpenMatch,
  };
}

/** One programme's facts about a person: their vetting and checks by its organisation, their open match in it. */
export interface ProgrammeFacts {
  programmeId: string;
  verification: 'pending' | 'verified' | 'rejected' | null;
  checksCleared: boolean;
  hasOpenMatch: boolean;
}

/** A person with the facts of each of several programmes they are an active member of. */
export type MultiProgrammeRow = Omit<CandidateRow, 'member' | 'verification' | 'checksCleared' | 'hasOpenMatch'> & { programmes: ProgrammeFacts[] };

/** The person as seen in one programme; not a member when the programme is not among theirs. */
export function inProgramme<Row extends MultiProgrammeRow>(row: Row, programmeId: string): Omit<Row, 'programmes'> & CandidateRow {
  const facts = row.programmes.find((p) => p.programmeId === programmeId);
  return { ...row, member: facts !== undefined, verification: facts?.verification ?? null, checksCleared: facts?.checksCleared ?? false, hasOpenMatch: facts?.hasOpenMatch ?? false };
}
