import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { DeclineMatchDto, EndMatchDto } from './dto/match-actions.dto.js';
import { MatchView } from './dto/match.view.js';
import { MatchesService } from './matches.service.js';

@ApiTags('matches')
@ApiBearerAuth()
@Controller('matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get()
  @ApiOperation({ summary: "The caller's matches, newest first (every status)" })
  @ApiOkResponse({ type: [MatchView] })
  list(@CurrentUser() user: UserEntity): Promise<MatchView[]> {
    return this.matches.listMine(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One match; participants and staff only' })
  @ApiOkResponse({ type: MatchView })
  @ApiNotFoundResponse({ description: 'No such match, or the caller is not a participant' })
  get(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<MatchView> {
    return this.matches.getOne(user, id);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept a proposal; it becomes active once the migrant and the host both accepted' })
  @ApiOkResponse({ type: MatchView })
  @ApiForbiddenResponse({ description: 'Staff cannot accept for the participants' })
  @ApiNotFoundResponse({ description: 'No such match, or the caller is not a participant' })
  @ApiConflictResponse({ description: 'Not a proposal any more, already accepted by the caller, expired, or the volunteer has no free place' })
  accept(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<MatchView> {
    return this.matches.accept(user, id);
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline a proposal; the pair is never proposed again' })
  @ApiOkResponse({ type: MatchView })
  @ApiForbiddenResponse({ description: 'Staff cannot decline for the participants' })
  @ApiNotFoundResponse({ description: 'No such match, or the caller is not a participant' })
  @ApiConflictResponse({ description: 'Not a proposal (an active match is ended, not declined), or expired' })
  decline(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: DeclineMatchDto): Promise<MatchView> {
    return this.matches.decline(user, id, body.code(), body.freeText());
  }

  @Post(':id/end')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'End an active match (a participant, or staff: audited)' })
  @ApiOkResponse({ type: MatchView })
  @ApiNotFoundResponse({ description: 'No such match, or the caller is not a participant' })
  @ApiConflictResponse({ description: 'Only an active match can be ended; a proposal is declined' })
  end(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: EndMatchDto): Promise<MatchView> {
    return this.matches.end(user, id, body.reason);
  }
}
