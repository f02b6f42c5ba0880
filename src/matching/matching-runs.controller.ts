import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CommitRunView, RunPairsPageView, RunPairsQueryDto, RunView, StartRunDto } from './dto/matching.dto.js';
import { MatchingRoundsService } from './matching-rounds.service.js';
import { RoundReviewService } from './round-review.service.js';

@ApiTags('staff: matching')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/matching/runs')
export class MatchingRunsController {
  constructor(
    private readonly rounds: MatchingRoundsService,
    private readonly review: RoundReviewService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: "Run one globally optimal matching round over a programme's members who are unmatched and eligible",
    description:
      'Pairs every unmatched eligible migrant with hosts that have open slots, maximising the total score ' +
      '(exact min-cost flow; pairs below MATCH_MIN_SCORE are left out), and proposes the chosen pairs in one transaction. ' +
      'Answers when the round is done or after about 1.5 s with status `running`; poll GET /api/staff/matching/runs/{id}. ' +
      'With `dryRun` nothing but the run itself is written. The round covers one programme (`programmeId`, else the default one): ' +
      'its active members, hosts verified by its organisation, under its rules; migrants with an open match in it are left out, ' +
      'and hosts keep one capacity across programmes. Rounds of different programmes may run at the same time.',
  })
  @ApiCreatedResponse({ type: RunView })
  @ApiNotFoundResponse({ description: "programmeId names no programme of the caller's organisation (`programme.not-found`)" })
  @ApiConflictResponse({ description: 'A round of this programme is already running (`matching.run-in-progress`), or the programme is not open' })
  start(@CurrentUser() staff: UserEntity, @Body() body: StartRunDto): Promise<RunView> {
    return this.rounds.startRun(staff, body.dryRun ?? false, body.programmeId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A matching round and its figures', description: "A round of one of the caller's organisation's programmes (admins: any); another organisation's answers 404." })
  @ApiOkResponse({ type: RunView })
  @ApiNotFoundResponse({ description: 'No such round' })
  get(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<RunView> {
    return this.rounds.getRun(staff, id);
  }

  @Get(':id/pairs')
  @ApiOperation({
    summary: "The pairs a dry run would propose, for review",
    description:
      'Every pair the round chose, with both people (name and place), the score and its reasons, paginated. ' +
      'Stored for finished dry runs only, until the run is committed or discarded, or for at most a day; otherwise the list is empty.',
  })
  @ApiOkResponse({ type: RunPairsPageView })
  @ApiNotFoundResponse({ description: 'No such round in the caller\'s organisation (`matching run.not-found`)' })
  pairs(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Query() query: RunPairsQueryDto): Promise<RunPairsPageView> {
    return this.review.listPairs(staff, id, query.sort ?? '-score', query.page ?? 1, query.limit ?? 20);
  }

  @Post(':id/commit')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "Propose a dry run's reviewed pairs",
    description:
      'Proposes exactly the reviewed pairs, best first, in one transaction under the programme\'s round lock. Each pair is evaluated again ' +
      'with the rules of a match request; one that is no longer eligible (someone matched meanwhile, suspended, left the programme, ' +
      'the host full or their checks lapsed, the score now below MATCH_MIN_SCORE) is skipped and reported with its code. ' +
      'A run is committed at most once, within 24 hours of finishing. Audited as `matching.run.commit`.',
  })
  @ApiOkResponse({ type: CommitRunView })
  @ApiNotFoundResponse({ description: 'No such round in the caller\'s organisation (`matching run.not-found`)' })
  @ApiConflictResponse({
    description:
      'Not a finished dry run (`matching.run-not-reviewable`), already committed (`matching.run-committed`) or discarded (`matching.run-discarded`), ' +
      'finished more than 24 hours ago (`matching.run-stale`), a round of the programme running (`matching.run-in-progress`), or the programme closed',
  })
  commit(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<CommitRunView> {
    return this.review.commit(staff, id);
  }

  @Post(':id/discard')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Discard a dry run's reviewed pairs", description: 'Deletes the stored pairs; the run and its figures stay. Audited as `matching.run.discard`.' })
  @ApiNoContentResponse({ description: 'Discarded' })
  @ApiNotFoundResponse({ description: 'No such round in the caller\'s organisation (`matching run.not-found`)' })
  @ApiConflictResponse({ description: 'Not a finished dry run (`matching.run-not-reviewable`), or already committed or discarded' })
  async discard(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.review.discard(staff, id);
  }
}
