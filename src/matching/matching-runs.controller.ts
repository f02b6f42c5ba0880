import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { RunView, StartRunDto } from './dto/matching.dto.js';
import { MatchingRoundsService } from './matching-rounds.service.js';

@ApiTags('staff: matching')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/matching/runs')
export class MatchingRunsController {
  constructor(private readonly rounds: MatchingRoundsService) {}

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
}
