import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { Page } from '../common/pagination.js';
import type { UserEntity } from '../users/user.entity.js';
import { MarkNotificationsReadDto, NotificationPageView, NotificationsQueryDto, NotificationView } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's notifications, newest first; the same items the socket's `notification` event delivered" })
  @ApiOkResponse({ type: NotificationPageView })
  @ApiBadRequestResponse({ description: 'limit outside 1..100, or a cursor this server did not issue' })
  list(@CurrentUser() user: UserEntity, @Query() query: NotificationsQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.listFor(user.id, query);
  }

  @Post('read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark notifications read', description: "Ids that are not the caller's are ignored; marking twice is harmless." })
  @ApiNoContentResponse()
  async markRead(@CurrentUser() user: UserEntity, @Body() body: MarkNotificationsReadDto): Promise<void> {
    await this.notifications.markRead(user.id, body.ids);
  }
}
