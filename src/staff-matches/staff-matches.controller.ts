import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { ProgrammeWaitingView, StaffMatchesPageView, StaffMatchesQueryDto, StaffWaitingQueryDto } from './dto/staff-matches.dto.js';
import { StaffMatchesService } from './staff-matches.service.js';

const SCOPE = "A coordinator sees the matches of their organisation's programmes only; admins every organisation's, or one named organisation's.";

@ApiTags('staff: matches')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/matches')
export class StaffMatchesController {
  constructor(private readonly matches: StaffMatchesService) {}

  @Get()
  @ApiOperation({
    summary: 'The matches overview: filter by programme, status and waiting time, sort, a page at a time',
    description: `${SCOPE} Each row names the programme and both people; a proposal says how many whole days it has waited. Reading the list is not written to the audit log.`,
  })
  @ApiOkResponse({ type: StaffMatchesPageView })
  @ApiBadRequestResponse({ description: 'An unknown status or sort, waitingMoreThanDays outside 0..3650, limit outside 1..100, page outside 1..10000, a programme or organisation id that is not a uuid' })
  @ApiNotFoundResponse({ description: 'A coordinator named another organisation (`organisation.not-found`) or a programme not in their organisation (`programme.not-found`)' })
  list(@CurrentUser() staff: UserEntity, @Query() query: StaffMatchesQueryDto): Promise<StaffMatchesPageView> {
    return this.matches.list(staff, query);
  }

  @Get('waiting')
  @ApiOperation({
    summary: 'How long people wait, per programme: migrants without a match and proposals waiting for an answer',
    description:
      `${SCOPE} One entry per programme that is not closed, by name. Migrants waiting are those ready to be matched (active membership and account, complete profile) ` +
      'with no proposed or active match in the programme; their days count from joining it. Proposals count from when they were made.',
  })
  @ApiOkResponse({ type: [ProgrammeWaitingView] })
  @ApiBadRequestResponse({ description: 'An organisation id that is not a uuid' })
  @ApiNotFoundResponse({ description: 'A coordinator named another organisation (`organisation.not-found`)' })
  waiting(@CurrentUser() staff: UserEntity, @Query() query: StaffWaitingQueryDto): Promise<ProgrammeWaitingView[]> {
    return this.matches.waiting(staff, query.organisationId);
  }
}
