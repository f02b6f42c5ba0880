import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { MeController } from './me.controller.js';
import { ProfileEntity } from './profile.entity.js';
import { ProfilePersonalData } from './profile-personal-data.js';
import { ProfileViews } from './profile-views.js';
import { ProfilesRepository } from './profiles.repository.js';
import { ProfilesService } from './profiles.service.js';
import { PlacesRepository } from './places/places.repository.js';
import { PlacesService } from './places/places.service.js';
import { ReferenceController } from './reference.controller.js';
import { VettingService } from './vetting.service.js';
import { VettingChecksService } from './vetting-checks.service.js';
import { VolunteerChecksController } from './volunteer-checks.controller.js';
import { VolunteersController } from './volunteers.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([ProfileEntity]), UsersModule, OrganisationsModule],
  controllers: [MeController, ReferenceController, VolunteersController, VolunteerChecksController],
  providers: [PlacesRepository, PlacesService, ProfilesRepository, ProfilesService, ProfileViews, VettingService, VettingChecksService, ProfilePersonalData],
  exports: [ProfilesRepository, ProfileViews, PlacesService],
})
export class ProfilesModule {}
