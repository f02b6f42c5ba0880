import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { Page } from '../common/pagination.js';
import type { UserEntity } from '../users/user.entity.js';
import { CheckInsService } from './check-ins.service.js';
import { CheckInPageView, CheckInView, CreateCheckInDto, StaffCheckInsQueryDto } from './dto/check-in.dto.js';

@ApiTags('check-ins')
@ApiBearerAuth()
@Controller()
export class CheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Post('matches/:id/check-ins')
  @Roles('migrant', 'host')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Check in on a match: how it is going, and whether staff should get in touch',
    description:
      "Participants only. Accepted while the match is active and for one check-in period (the programme's checkInWeeks, else four weeks) after it ended, " +
      'so the last period can still be answered after the programme ended the match. `checkin.due` notifications ask for one every checkInWeeks; ' +
      'a participant may check in at other times too.',
  })
  @ApiCreatedResponse({ type: CheckInView })
  @ApiBadRequestResponse({ description: 'score not an integer 1..5, comment over 1000 characters, or an unknown field' })
  @ApiNotFoundResponse({ description: 'No such match among the caller\'s (`match.not-found`)' })
  @ApiConflictResponse({ description: 'The match is not active and did not end within the last check-in period (`check-in.match-not-active`)' })
  create(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCheckInDto): Promise<CheckInView> {
    return this.checkIns.create(user, id, body);
  }

  @Get('staff/check-ins')
  @Roles('staff')
  @ApiOperation({
    summary: "Check-ins of the caller's organisation's programmes, newest first",
    description: '`attention=true` keeps those with a score of 2 or less or wantsContact. Admins see every organisation\'s.',
  })
  @ApiOkResponse({ type: CheckInPageView })
  @ApiForbiddenResponse({ description: 'Not staff' })
  @ApiNotFoundResponse({ description: "programmeId names no programme of the caller's organisation (`programme.not-found`)" })
  list(@CurrentUser() staff: UserEntity, @Query() query: StaffCheckInsQueryDto): Promise<Page<CheckInView>> {
    return this.checkIns.listForStaff(staff, query);
  }
}
