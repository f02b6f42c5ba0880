import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { kmBetween } from '../matching/domain/pair.js';
import { roundKm } from '../matching/domain/score.js';
import type { UserView } from '../users/dto/user.view.js';
import { isStaffRole, type UserEntity } from '../users/user.entity.js';
import { toUserView } from '../users/user-view.js';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { shownVerification } from '../organisations/domain/verification.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { missingProfileFields } from './domain/completeness.js';
import type { ProfileView, PublicUserView } from './dto/profile.view.js';
import type { ProfileEntity, StoredLanguage } from './profile.entity.js';
import { ProfilesRepository } from './profiles.repository.js';

/** Builds every view of a person: the owner's `user`, and the `publicUser` others see. */
@Injectable()
export class ProfileViews {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly memberships: MembershipsRepository,
    private readonly vettings: VettingsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * `user` as the person or a staff member sees it. `viewer` decides which organisation's vetting
   * a host shows: a coordinator sees their own organisation's decision.
   */
  async userView(user: UserEntity, viewer?: UserEntity): Promise<UserView> {
    return this.userViewWith(user, await this.profiles.findByUserId(user.id), viewer);
  }

  async userViewWith(user: UserEntity, profile: ProfileEntity | null, viewer?: UserEntity): Promise<UserView> {
    const [views] = await this.userViewsWith([{ user, profile }], viewer);
    return views;
  }

  /** Many people at once (staff lists): one query each for memberships and vetting. */
  async userViews(users: UserEntity[], viewer?: UserEntity): Promise<UserView[]> {
    const profiles = new Map((await this.profiles.findByUserIds(users.map((u) => u.id))).map((p) => [p.userId, p]));
    return this.userViewsWith(users.map((user) => ({ user, profile: profiles.get(user.id) ?? null })), viewer);
  }

  private async userViewsWith(people: { user: UserEntity; profile: ProfileEntity | null }[], viewer: UserEntity | undefined): Promise<UserView[]> {
    const ids = people.map((p) => p.user.id);
    const viewerOrganisation = viewer?.role === 'staff' ? viewer.organisationId : null;
    const [memberships, vettings, history] = await Promise.all([
      this.memberships.viewsFor(ids),
      this.vettings.forUsers(ids),
      // The migratory trail: a coordinator sees other organisations' memberships only as the person shared them.
      viewerOrganisation === null ? undefined : this.memberships.sharedHistoryFor(ids, viewerOrganisation, this.clock.now()),
    ]);
    return people.map(({ user, profile }) => {
      const missing = missingProfileFields({ ...(profile ?? this.profiles.emptyProfile(user.id)), role: user.role });
      const own = vettings.filter((v) => v.userId === user.id);
      return toUserView(
        user,
        { profile: profile === null ? null : ownProfileView(profile), profileComplete: missing.length === 0, missing },
        {
          // A coordinator sees a person's memberships in their own organisation's programmes only.
          memberships: (memberships.get(user.id) ?? []).filter((m) => viewerOrganisation === null || m.programme.organisationId === viewerOrganisation),
          verification: shownVerification(own, viewerOrganisation),
          history: history === undefined || isStaffRole(user.role) ? undefined : (history.get(user.id) ?? []),
        },
      );
    });
  }

  /** `user` as the viewer sees them, measured from the viewer's own place. */
  publicUser(user: UserEntity, profile: ProfileEntity | null, viewerProfile: ProfileEntity | null): PublicUserView {
    const distanceKm = profile !== null && viewerProfile !== null ? kmBetween(profile, viewerProfile) : null;
    return toPublicUser(
      {
        id: user.id,
        displayName: user.displayName,
        role: user.role,
        placeName: profile?.placeName ?? null,
        countryCode: profile?.countryCode ?? null,
        languages: profile?.languages ?? [],
        learning: profile?.learning ?? [],
        interests: profile?.interests ?? [],
        bio: profile?.bio ?? null,
      },
      distanceKm,
    );
  }
}

/** What others may see of a person, as read from their user and profile rows. */
export interface PublicPerson {
  id: string;
  displayName: string;
  role: string;
  placeName: string | null;
  countryCode: string | null;
  languages: StoredLanguage[];
  learning: string[];
  interests: string[];
  bio: string | null;
}

/**
 * Other people see the place name and a whole-km distance, nothing more precise. `distanceKm` comes
 * from whoever measured it: the pair evaluation for suggestions, the viewer's place for matches.
 */
export function toPublicUser(person: PublicPerson, distanceKm: number | null): PublicUserView {
  return {
    id: person.id,
    displayName: person.displayName,
    role: person.role,
    place: person.placeName === null || person.countryCode === null ? null : { name: person.placeName, countryCode: person.countryCode },
    distanceKm: distanceKm === null ? null : roundKm(distanceKm),
    languages: person.languages,
    learning: person.learning,
    interests: person.interests,
    bio: person.bio,
  };
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
