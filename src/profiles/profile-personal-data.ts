import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { ownProfileView } from './profile-views.js';
import { ProfilesRepository } from './profiles.repository.js';

/** The profile, location included: exported as its owner sees it, deleted on erasure. */
@Injectable()
export class ProfilePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly profiles: ProfilesRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'profile',
      eraseOrder: 900,
      export: async (userId) => {
        const profile = await this.profiles.findByUserId(userId);
        return profile === null ? null : ownProfileView(profile);
      },
      erase: (userId) => this.profiles.deleteProfileOf(userId),
    });
  }
}
