import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { BlocksController } from './blocks.controller.js';
import { BlocksService } from './blocks.service.js';
import { MatchEntity } from './match.entity.js';
import { MatchLifecycle } from './match-lifecycle.js';
import { MatchPersonalData } from './match-personal-data.js';
import { MatchViews } from './match-views.js';
import { MatchesController } from './matches.controller.js';
import { MatchesRepository } from './matches.repository.js';
import { MatchesService } from './matches.service.js';
import { PairExclusionEntity } from './pair-exclusion.entity.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';
import { ProgrammeTermsJob } from './programme-terms.job.js';
import { ProposalExpiryJob } from './proposal-expiry.job.js';

@Module({
  imports: [TypeOrmModule.forFeature([MatchEntity, PairExclusionEntity]), UsersModule, ProfilesModule],
  controllers: [MatchesController, BlocksController],
  providers: [MatchesRepository, PairExclusionsRepository, MatchViews, MatchLifecycle, MatchesService, BlocksService, ProposalExpiryJob, ProgrammeTermsJob, MatchPersonalData],
  exports: [MatchesRepository, PairExclusionsRepository, MatchViews, MatchLifecycle, MatchesService],
})
export class MatchesModule {}
