import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { BlocksService } from './blocks.service.js';
import { BlockUserDto } from './dto/match-actions.dto.js';

@ApiTags('matches')
@ApiBearerAuth()
@Controller('users')
export class BlocksController {
  constructor(private readonly blocks: BlocksService) {}

  @Post(':id/block')
  @Roles('migrant', 'host')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Block someone',
    description: 'Declines a proposal or ends an active match between the two, and the pair is never proposed again. Blocking twice is harmless.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Blocking yourself, or a staff member' })
  @ApiForbiddenResponse({ description: 'Staff use moderation instead' })
  @ApiNotFoundResponse({ description: 'No such person' })
  async block(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: BlockUserDto): Promise<void> {
    await this.blocks.block(user, id, body.reason);
  }
}
