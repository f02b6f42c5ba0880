import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserEntity } from '../../users/user.entity.js';
import { CurrentSessionId, CurrentUser } from '../auth.decorators.js';
import { OpenToUnenrolled } from '../two-factor/two-factor.decorators.js';
import { DevicesService } from './devices.service.js';
import { DeviceView } from './dto/web-session.views.js';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth()
// Someone who must still enrol can see and end their sessions: one of them may not be theirs.
@OpenToUnenrolled()
@Controller('me/sessions')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Get()
  @ApiOperation({ summary: "The person's signed-in devices: their live sessions, newest first; `current` marks the one asking" })
  @ApiOkResponse({ type: DeviceView, isArray: true })
  list(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string): Promise<DeviceView[]> {
    return this.devices.list(user.id, sessionId);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out everywhere else: every live session but this one ends, and its sockets disconnect at once' })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: '`auth.csrf`: a cookie-authenticated call without the X-CSRF-Token header' })
  async endOthers(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string): Promise<void> {
    await this.devices.endAllBut(user.id, sessionId);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign one device out: that session ends (this one too, if named), and its sockets disconnect at once' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: '`session.not-found`: not a live session of this person' })
  @ApiForbiddenResponse({ description: '`auth.csrf`: a cookie-authenticated call without the X-CSRF-Token header' })
  async end(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.devices.end(user.id, id);
  }
}
