import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchesModule } from '../matches/matches.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { CandidatesRepository } from './candidates.repository.js';
import { MatchRequestsController } from './match-requests.controller.js';
import { MatchRequestsService } from './match-requests.service.js';
import { MatchingReadiness } from './matching-readiness.js';
import { MatchingRoundsService } from './matching-rounds.service.js';
import { MatchingRunEntity } from './matching-run.entity.js';
import { MatchingRunsController } from './matching-runs.controller.js';
import { MatchingRunsRepository } from './matching-runs.repository.js';
import { MatchingRunPairsRepository } from './matching-run-pairs.repository.js';
import { RoundReviewPersonalData } from './round-review-personal-data.js';
import { RoundReviewService } from './round-review.service.js';
import { SuggestionsController } from './suggestions.controller.js';
import { SuggestionsService } from './suggestions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MatchingRunEntity]), MatchesModule, ProfilesModule, UsersModule, OrganisationsModule],
  controllers: [SuggestionsController, MatchRequestsController, MatchingRunsController],
  providers: [CandidatesRepository, MatchingRunsRepository, MatchingRunPairsRepository, RoundReviewService, RoundReviewPersonalData, MatchingReadiness, SuggestionsService, MatchRequestsService, MatchingRoundsService],
  exports: [MatchingRoundsService, SuggestionsService],
})
export class MatchingModule {}
