import type { ProgrammeRegion } from '../organisations/domain/programme.js';
import type { RegionCentre } from '../organisations/domain/programme-rules.js';
import { getGazetteer } from '../profiles/reference/gazetteer.js';

/** The place a region is centred on, from the gazetteer; null without a centre (or one no longer known). */
export function regionCentre(region: ProgrammeRegion): RegionCentre | null {
  if (region.placeId === null || region.placeId === undefined || region.radiusKm === null || region.radiusKm === undefined) return null;
  const place = getGazetteer().findById(region.placeId);
  return place === undefined ? null : { name: place.name, lat: place.lat, lon: place.lon };
}
