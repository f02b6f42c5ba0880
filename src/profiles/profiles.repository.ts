import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { ProfileEntity } from './profile.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

@Injectable()
export class ProfilesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get profiles(): Repository<ProfileEntity> {
    return this.uow.manager.getRepository(ProfileEntity);
  }

  findByUserId(userId: string): Promise<ProfileEntity | null> {
    return this.profiles.findOneBy({ userId });
  }

  findByUserIds(userIds: string[]): Promise<ProfileEntity[]> {
    return userIds.length === 0 ? Promise.resolve([]) : this.profiles.findBy({ userId: In(userIds) });
  }

  /** A host's capacity as stored (null when unset), read inside the caller's transaction. */
  async capacityOf(userId: string): Promise<number | null> {
    const profile = await this.uow.manager.getRepository(ProfileEntity).findOne({ select: { userId: true, capacity: true }, where: { userId } });
    return profile?.capacity ?? null;
  }

  emptyProfile(userId: string): ProfileEntity {
    return this.profiles.create({
      userId,
      bio: null,
      birthYear: null,
      gender: null,
      partnerGender: null,
      placeId: null,
      placeName: null,
      countryCode: null,
      lat: null,
      lon: null,
      maxDistanceKm: null,
      meetOnline: false,
      languages: [],
      languageCodes: [],
      learning: [],
      interests: [],
      availability: [],
      timezone: null,
      capacity: null,
      complete: false,
      completedAt: null,
    });
  }

  save(profile: ProfileEntity): Promise<ProfileEntity> {
    return this.profiles.save(profile);
  }

  async deleteProfileOf(userId: string): Promise<void> {
    await this.uow.manager.getRepository(ProfileEntity).delete({ userId });
  }
}
