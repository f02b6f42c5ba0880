import type { LanguageInput, ProfileInput, User } from '../api/client';
import type { AvailabilityWindow } from './availability';
import type { ChosenPlace } from './PlaceSearch';

/** The profile form's state: numbers kept as typed text until saved; '' for a choice not made yet. */
export interface ProfileForm {
  bio: string;
  birthYear: string;
  gender: '' | 'female' | 'male' | 'nonbinary' | 'unspecified';
  partnerGender: '' | 'any' | 'same';
  place: ChosenPlace | null;
  maxDistanceKm: string;
  meetOnline: boolean;
  languages: LanguageInput[];
  learning: string[];
  interests: string[];
  availability: AvailabilityWindow[];
  timezone: string;
  capacity: string;
}

/**
 * The browser's time zone, when it names one this browser knows; undefined when it cannot tell
 * (no zone, or "Etc/Unknown"), so nobody is silently put in UTC.
 */
export function browserTimezone(): string | undefined {
  const zone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone === undefined || zone === '') return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function formFromUser(user: User): ProfileForm {
  const p = user.profile;
  return {
    bio: p?.bio ?? '',
    birthYear: p?.birthYear === null || p?.birthYear === undefined ? '' : String(p.birthYear),
    gender: p?.gender ?? '',
    partnerGender: p?.partnerGender ?? '',
    place: p?.place === null || p?.place === undefined ? null : { id: p.place.id, name: p.place.name, countryCode: p.place.countryCode },
    maxDistanceKm: p?.maxDistanceKm === null || p?.maxDistanceKm === undefined ? '15' : String(p.maxDistanceKm),
    meetOnline: p?.meetOnline ?? false,
    languages: p?.languages ?? [],
    learning: p?.learning ?? [],
    interests: p?.interests ?? [],
    availability: p?.availability ?? [],
    // A new profile starts in the browser's zone; a saved zone is kept. If the browser cannot tell, the person chooses.
    timezone: p?.timezone ?? browserTimezone() ?? '',
    capacity: p?.capacity === null || p?.capacity === undefined ? (user.role === 'host' ? '1' : '') : String(p.capacity),
  };
}

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** The whole profile as PUT /api/me/profile takes it; empty fields are sent as null (cleared). */
export function inputFromForm(form: ProfileForm, role: User['role']): ProfileInput {
  const input: ProfileInput = {
    bio: form.bio.trim() === '' ? null : form.bio,
    birthYear: numberOrNull(form.birthYear),
    gender: form.gender === '' ? null : form.gender,
    partnerGender: form.partnerGender === '' ? null : form.partnerGender,
    placeId: form.place?.id ?? null,
    maxDistanceKm: numberOrNull(form.maxDistanceKm),
    meetOnline: form.meetOnline,
    languages: form.languages.filter((language) => language.code !== ''),
    learning: form.learning,
    interests: form.interests,
    availability: form.availability,
    timezone: form.timezone === '' ? null : form.timezone,
  };
  if (role === 'host') input.capacity = numberOrNull(form.capacity);
  return input;
}

export const PROFILE_FIELDS = ['bio', 'birthYear', 'gender', 'partnerGender', 'placeId', 'maxDistanceKm', 'meetOnline', 'languages', 'learning', 'interests', 'availability', 'timezone', 'capacity'] as const;
