import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { ChatService } from './chat.service.js';
import { MessageHistoryQuery, MessagePage } from './dto/message.view.js';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('matches')
export class MessagesController {
  constructor(private readonly chat: ChatService) {}

  @Get(':id/messages')
  @ApiOperation({
    summary: "A conversation's messages, oldest first",
    description: 'For the two participants only (staff read through /api/staff/matches/:id/messages). Page forward with `cursor` = the previous `nextCursor`, or with `afterSeq`.',
  })
  @ApiOkResponse({ type: MessagePage })
  @ApiBadRequestResponse({ description: 'A malformed id, afterSeq, cursor or limit' })
  @ApiNotFoundResponse({ description: 'No such match, or the caller is not one of its participants' })
  history(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) matchId: string, @Query() query: MessageHistoryQuery): Promise<MessagePage> {
    return this.chat.history(user, matchId, query);
  }
}
