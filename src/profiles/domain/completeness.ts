export interface CompletenessInput {
  role: 'migrant' | 'host' | 'staff' | 'admin';
  placeId: string | null;
  maxDistanceKm: number | null;
  languages: readonly unknown[];
  availability: readonly unknown[];
  timezone: string | null;
  gender: string | null;
  partnerGender: string | null;
  capacity: number | null;
}

/**
 * The profile fields matching cannot work without, by their input names; empty means complete.
 * Bio, birth year, interests and languages to practise improve matches but are not required.
 * Staff are never matched, so nothing is missing for them.
 */
export function missingProfileFields(profile: CompletenessInput): string[] {
  if (profile.role === 'staff' || profile.role === 'admin') return [];
  const missing: string[] = [];
  if (profile.placeId === null) missing.push('placeId');
  if (profile.maxDistanceKm === null) missing.push('maxDistanceKm');
  if (profile.languages.length === 0) missing.push('languages');
  if (profile.availability.length === 0) missing.push('availability');
  if (profile.timezone === null) missing.push('timezone');
  if (profile.gender === null) missing.push('gender');
  if (profile.partnerGender === null) missing.push('partnerGender');
  if (profile.role === 'host' && profile.capacity === null) missing.push('capacity');
  return missing;
}
