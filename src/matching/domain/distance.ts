/**
 * Great-circle distance for tests and in-memory fallbacks. The database does
 * the real radius filtering; this must agree with it closely, not exactly.
 */

const EARTH_RADIUS_KM = 6371.0088;

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Anything that may or may not have coordinates (e.g. a MatchingPerson). */
export interface MaybeLocated {
  lat: number | null;
  lon: number | null;
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Haversine distance in kilometres between two points. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // Clamp guards against h drifting just above 1 through rounding (antipodes).
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance between two people, or null when either has no location. */
export function distanceBetweenKm(a: MaybeLocated, b: MaybeLocated): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) {
    return null;
  }
  return haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

/**
 * Whole kilometres for display. Never rounds a positive distance down to 0,
 * so callers can say "Less than 1 km" for anything under 1 instead.
 */
export function roundKm(km: number): number {
  if (!Number.isFinite(km) || km <= 0) {
    return 0;
  }
  return Math.max(1, Math.round(km));
}
