import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import type { UserView } from '../users/dto/user.view.js';
import { isStaffRole, type UserEntity } from '../users/user.entity.js';
import { missingProfileFields } from './domain/completeness.js';
import type { ProfileInputDto } from './dto/profile-input.dto.js';
import type { ProfileEntity } from './profile.entity.js';
import { profileErrors } from './profile-errors.js';
import { ProfileViews } from './profile-views.js';
import { ProfilesRepository } from './profiles.repository.js';
import type { Place } from './places/place-search.js';
import { PlacesService } from './places/places.service.js';

@Injectable()
export class ProfilesService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly views: ProfileViews,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  /** Merges the input into the stored profile; everything is checked before anything is written. */
  async updateProfile(user: UserEntity, input: ProfileInputDto): Promise<UserView> {
    if (isStaffRole(user.role)) throw profileErrors.refusal('profile.staff', 'Staff accounts have no matching profile');
    if (user.role !== 'host' && input.capacity !== undefined && input.capacity !== null) {
      throw profileErrors.refusal('profile.capacity-hosts-only', 'capacity is for hosts (volunteers) only');
    }
    const place = input.placeId === undefined || input.placeId === null ? undefined : await this.places.findById(input.placeId);
    if (input.placeId !== undefined && input.placeId !== null && place === undefined) throw profileErrors.refusal('profile.unknown-place', 'placeId must be a place id from GET /api/places');
    const profile = (await this.profiles.findByUserId(user.id)) ?? this.profiles.emptyProfile(user.id);
    applyInput(profile, input, place);
    const missing = missingProfileFields({ ...profile, role: user.role });
    profile.complete = missing.length === 0;
    if (profile.complete && profile.completedAt === null) profile.completedAt = this.clock.now();
    const saved = await this.profiles.save(profile);
    return this.views.userViewWith(user, saved);
  }
}

/** `place` is the one input.placeId names, already found. */
function applyInput(profile: ProfileEntity, input: ProfileInputDto, place: Place | undefined): void {
  if (input.bio !== undefined) profile.bio = input.bio === null || input.bio.trim() === '' ? null : input.bio.trim();
  if (input.birthYear !== undefined) profile.birthYear = input.birthYear;
  if (input.gender !== undefined) profile.gender = input.gender;
  if (input.partnerGender !== undefined) profile.partnerGender = input.partnerGender;
  if (input.placeId !== undefined) applyPlace(profile, place);
  if (input.maxDistanceKm !== undefined) profile.maxDistanceKm = input.maxDistanceKm;
  if (input.meetOnline !== undefined) profile.meetOnline = input.meetOnline ?? false;
  if (input.languages !== undefined) {
    profile.languages = (input.languages ?? []).map(({ code, level }) => ({ code, level }));
    profile.languageCodes = profile.languages.map((l) => l.code);
  }
  if (input.learning !== undefined) profile.learning = input.learning ?? [];
  if (input.interests !== undefined) profile.interests = input.interests ?? [];
  if (input.availability !== undefined) profile.availability = (input.availability ?? []).map(({ day, start, end }) => ({ day, start, end }));
  if (input.timezone !== undefined) profile.timezone = input.timezone;
  if (input.capacity !== undefined) profile.capacity = input.capacity;
}

function applyPlace(profile: ProfileEntity, place: Place | undefined): void {
  if (place === undefined) {
    Object.assign(profile, { placeId: null, placeName: null, countryCode: null, lat: null, lon: null });
    return;
  }
  Object.assign(profile, { placeId: place.id, placeName: place.name, countryCode: place.countryCode, lat: place.lat, lon: place.lon });
}
