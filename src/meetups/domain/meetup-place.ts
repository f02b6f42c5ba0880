/**
 * Where a meetup happens: a public place named in free text, or online — exactly one of them.
 * Pure; the service turns a refusal into a 400.
 */

export const MAX_PLACE_LENGTH = 200;

export interface MeetupLocation {
  place: string | null;
  online: boolean;
}

/** What a request said; `undefined` = not mentioned, `null` = cleared. */
export interface LocationInput {
  place?: string | null;
  online?: boolean;
}

export type LocationResult = { ok: true; location: MeetupLocation } | { ok: false; message: string };

/** A new proposal must name a place or say online. */
export function locationOfProposal(input: LocationInput): LocationResult {
  return resolveLocation({ place: null, online: false }, input);
}

/**
 * A change applied to the current location. Naming a place makes the meetup in person; choosing
 * online drops the place; asking for both at once is refused rather than guessed at.
 */
export function resolveLocation(current: MeetupLocation, input: LocationInput): LocationResult {
  const place = normalisePlace(input.place);
  if (input.online === true && place !== undefined && place !== null) {
    return refuse('Choose either a place or online, not both.');
  }
  const online = input.online ?? (place !== undefined && place !== null ? false : current.online);
  const next: MeetupLocation = { place: online ? null : place === undefined ? current.place : place, online };
  if (!next.online && next.place === null) {
    return refuse('Name a public place to meet (for example a café or library), or choose online.');
  }
  return { ok: true, location: next };
}

/** Trimmed; blank counts as cleared. */
function normalisePlace(place: string | null | undefined): string | null | undefined {
  if (place === undefined || place === null) return place;
  const trimmed = place.trim();
  return trimmed === '' ? null : trimmed;
}

function refuse(message: string): LocationResult {
  return { ok: false, message };
}
