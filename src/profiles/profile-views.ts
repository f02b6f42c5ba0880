import { Injectable } from '@nestjs/common';
import { kmBetween } from '../matching/domain/pair.js';
import { roundKm } from '../matching/domain/score.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { toUserView } from '../users/user-view.js';
import { missingProfileFields } from './domain/completeness.js';
import type { ProfileView, PublicUserView } from './dto/profile.view.js';
import type { ProfileEntity } from './profile.entity.js';
import { ProfilesRepository } from './profiles.repository.js';

/** Builds every view of a person: the owner's `user`, and the `publicUser` others see. */
@Injectable()
export class ProfileViews {
  constructor(private readonly profiles: ProfilesRepository) {}

  async userView(user: UserEntity): Promise<UserView> {
    return this.userViewWith(user, await this.profiles.findByUserId(user.id));
  }

  userViewWith(user: UserEntity, profile: ProfileEntity | null): UserView {
    const missing = missingProfileFields({ ...(profile ?? this.profiles.emptyProfile(user.id)), role: user.role });
    return toUserView(user, { profile: profile === null ? null : ownProfileView(profile), profileComplete: missing.length === 0, missing });
  }

  /** Other people see the place name and a whole-km distance from the viewer, nothing more precise. */
  publicUser(user: UserEntity, profile: ProfileEntity | null, viewerProfile: ProfileEntity | null): PublicUserView {
    const distance = profile !== null && viewerProfile !== null ? kmBetween(profile, viewerProfile) : null;
    return {
      id: user.id,
      displayName: user.displayName,
      role: user.role,
      place: publicPlace(profile),
      distanceKm: distance === null ? null : roundKm(distance),
      languages: profile?.languages ?? [],
      learning: profile?.learning ?? [],
      interests: profile?.interests ?? [],
      bio: profile?.bio ?? null,
    };
  }
}

export function ownProfileView(profile: ProfileEntity): ProfileView {
  const hasPlace = profile.placeId !== null && profile.lat !== null && profile.lon !== null;
  return {
    bio: profile.bio,
    birthYear: profile.birthYear,
    gender: profile.gender,
    partnerGender: profile.partnerGender,
    placeId: profile.placeId,
    place: hasPlace ? { id: profile.placeId ?? '', name: profile.placeName ?? '', countryCode: profile.countryCode ?? '', lat: profile.lat ?? 0, lon: profile.lon ?? 0 } : null,
    maxDistanceKm: profile.maxDistanceKm,
    meetOnline: profile.meetOnline,
    languages: profile.languages,
    learning: profile.learning,
    interests: profile.interests,
    availability: profile.availability,
    timezone: profile.timezone,
    capacity: profile.capacity,
  };
}

function publicPlace(profile: ProfileEntity | null): { name: string; countryCode: string } | null {
  if (profile === null || profile.placeName === null || profile.countryCode === null) return null;
  return { name: profile.placeName, countryCode: profile.countryCode };
}
