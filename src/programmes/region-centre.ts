import type { ProgrammeRegion } from '../organisations/domain/programme.js';
import type { RegionCentre } from '../organisations/domain/programme-rules.js';
import type { Place } from '../profiles/places/place-search.js';

/** The place ids the programmes' regions are centred on, to look up in one go. */
export function regionPlaceIds(programmes: ReadonlyArray<{ region: ProgrammeRegion }>): string[] {
  return programmes.flatMap(({ region }) => (region.placeId === null || region.placeId === undefined ? [] : [region.placeId]));
}

/** The place a region is centred on, from `places`; null without a centre (or one no longer known). */
export function regionCentre(region: ProgrammeRegion, places: ReadonlyMap<string, Place>): RegionCentre | null {
  if (region.placeId === null || region.placeId === undefined || region.radiusKm === null || region.radiusKm === undefined) return null;
  const place = places.get(region.placeId);
  return place === undefined ? null : { name: place.name, lat: place.lat, lon: place.lon };
}
