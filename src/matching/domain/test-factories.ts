/**
 * Small builders for matching tests. Defaults describe a migrant and a host
 * who are eligible for each other; each test overrides only what it probes.
 * No jest imports here so this file also compiles in the production build.
 */
import type { MatchingPerson } from './matching-person.js';
import type { PairSide } from './pair.js';

/** A fixed instant so tests never depend on the wall clock (a Wednesday). */
export const TEST_NOW = new Date('2025-06-11T12:00:00Z');

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date `days` before TEST_NOW. */
export function daysBeforeNow(days: number): Date {
  return new Date(TEST_NOW.getTime() - days * DAY_MS);
}

export function makeMigrant(overrides: Partial<MatchingPerson> = {}): MatchingPerson {
  return {
    id: 'migrant-1',
    role: 'migrant',
    gender: 'female',
    partnerGender: 'any',
    lat: 52.3676, // Amsterdam centre
    lon: 4.9041,
    maxDistanceKm: 10,
    meetOnline: false,
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    learning: ['nl'],
    interests: ['cooking', 'gardening', 'football'],
    availability: [{ day: 3, start: '18:00', end: '21:00' }],
    timezone: 'Europe/Amsterdam',
    waitingSince: daysBeforeNow(12),
    birthYear: null,
    ...overrides,
  };
}

export function makeHost(overrides: Partial<MatchingPerson> = {}): MatchingPerson {
  return {
    id: 'host-1',
    role: 'host',
    gender: 'female',
    partnerGender: 'any',
    lat: 52.3731, // about 1 km from the default migrant
    lon: 4.8922,
    maxDistanceKm: 15,
    meetOnline: false,
    languages: [
      { code: 'nl', level: 'native' },
      { code: 'en', level: 'fluent' },
    ],
    learning: [],
    interests: ['cooking', 'reading'],
    availability: [{ day: 3, start: '19:00', end: '22:00' }],
    timezone: 'Europe/Amsterdam',
    waitingSince: daysBeforeNow(3),
    birthYear: null,
    ...overrides,
  };
}

/** `person` as one side of a pair, free and ready to be proposed (hosts verified, with one open slot). */
export function sideOf(person: MatchingPerson, overrides: Partial<Omit<PairSide, 'person'>> = {}): PairSide {
  return {
    person,
    member: true,
    verified: person.role === 'host',
    checksCleared: true,
    activeWithCompleteProfile: true,
    openSlots: person.role === 'host' ? 1 : 0,
    hasOpenMatch: false,
    ...overrides,
  };
}
