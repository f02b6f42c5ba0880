/**
 * The pure part of place search: what a query asks for, and how matches found by the database
 * are ordered. A place can match through several of its names; it counts once, by its best match.
 */
import { normalisePlaceName } from './normalise-place-name.js';

export interface Place {
  /** GeoNames id, as a decimal string. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
}

export interface PlaceSearchOptions {
  /** ISO 3166-1 alpha-2 in any case; blank means every country. */
  country?: string;
  /** Default and maximum: MAX_SEARCH_RESULTS. */
  limit?: number;
}

/** How a name matched the query: the whole name, its start, or similar enough by trigrams. */
export type PlaceMatch = 'exact' | 'prefix' | 'similar';

const MATCH_RANK: Readonly<Record<PlaceMatch, number>> = { exact: 0, prefix: 1, similar: 2 };

export interface PlaceCandidate {
  place: Place;
  match: PlaceMatch;
}

export interface PlaceQuery {
  /** The query folded as names are (normalisePlaceName). */
  key: string;
  /** Upper case, or undefined for every country. */
  countryCode: string | undefined;
  limit: number;
}

export const MAX_SEARCH_RESULTS = 10;
// The longest name is 65 characters; cutting longer input keeps hostile queries cheap without
// changing any answer.
const MAX_QUERY_LENGTH = 200;
/** Shorter keys share trigrams with too many names for a similarity search to mean anything. */
export const MIN_SIMILAR_KEY_LENGTH = 3;
const CANONICAL_GEONAMES_ID = /^[1-9]\d{0,9}$/;
const MAX_GEONAMES_ID = 2_147_483_647;

/** The query to run, or undefined when nothing can match (empty after folding, or a zero limit). */
export function placeQuery(text: string, options: PlaceSearchOptions = {}): PlaceQuery | undefined {
  const key = normalisePlaceName(text.slice(0, MAX_QUERY_LENGTH));
  const limit = resultLimit(options.limit);
  if (key === '' || limit === 0) return undefined;
  const countryCode = options.country?.trim().toUpperCase() ?? '';
  return { key, countryCode: countryCode === '' ? undefined : countryCode, limit };
}

/** Best match first, then the most populous; ties by name, then id, so answers are stable. */
export function rankPlaceCandidates(candidates: readonly PlaceCandidate[], limit: number): Place[] {
  const best = new Map<string, PlaceCandidate>();
  for (const candidate of candidates) {
    const known = best.get(candidate.place.id);
    if (known === undefined || MATCH_RANK[candidate.match] < MATCH_RANK[known.match]) best.set(candidate.place.id, candidate);
  }
  return [...best.values()]
    .sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match] || b.place.population - a.place.population || compareText(a.place.name, b.place.name) || compareText(a.place.id, b.place.id))
    .slice(0, limit)
    .map(({ place }) => place);
}

/** The GeoNames id as stored, when `id` is in the canonical decimal form that Place.id carries. */
export function placeIdNumber(id: string): number | undefined {
  if (!CANONICAL_GEONAMES_ID.test(id)) return undefined;
  const value = Number(id);
  return value <= MAX_GEONAMES_ID ? value : undefined;
}

/** A LIKE pattern matching every text that starts with `prefix`. */
export function likePrefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function resultLimit(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return MAX_SEARCH_RESULTS;
  return Math.min(MAX_SEARCH_RESULTS, Math.max(0, Math.floor(requested)));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
