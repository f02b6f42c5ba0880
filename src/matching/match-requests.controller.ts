import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { MatchView } from '../matches/dto/match.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { RequestMatchDto } from './dto/matching.dto.js';
import { MatchRequestsService } from './match-requests.service.js';

@ApiTags('matches')
@ApiBearerAuth()
@Roles('migrant', 'host')
@Controller('matches')
export class MatchRequestsController {
  constructor(private readonly requests: MatchRequestsService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Ask to be matched with a (suggested) partner',
    description:
      'Creates a `proposed` match in which the asker counts as having accepted, in the programme named or the one both share; ' +
      'the match keeps the programme\'s `matchWeeks` and `checkInWeeks` as they are now. The same eligibility rules as suggestions apply, ' +
      'including the programme\'s rules (`matching.programme-rules`, `matching.meeting-mode`, `matching.not-in-programme`).',
  })
  @ApiCreatedResponse({ type: MatchView })
  @ApiBadRequestResponse({ description: 'partnerId is not a UUID' })
  @ApiForbiddenResponse({ description: 'Staff are not matched' })
  @ApiNotFoundResponse({ description: 'No such person, or programmeId names a programme the caller is not an active member of' })
  @ApiConflictResponse({ description: 'Not eligible (the message says why, `code` is e.g. `matching.too-far`), no or several shared programmes, or the caller\'s profile is incomplete' })
  request(@CurrentUser() user: UserEntity, @Body() body: RequestMatchDto): Promise<MatchView> {
    return this.requests.requestMatch(user, body.partnerId, body.programmeId);
  }
}
