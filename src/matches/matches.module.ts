import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { MatchEntity } from './match.entity.js';
import { MatchViews } from './match-views.js';
import { MatchesRepository } from './matches.repository.js';
import { PairExclusionEntity } from './pair-exclusion.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([MatchEntity, PairExclusionEntity]), UsersModule, ProfilesModule],
  providers: [MatchesRepository, MatchViews],
  exports: [MatchesRepository, MatchViews],
})
export class MatchesModule {}
