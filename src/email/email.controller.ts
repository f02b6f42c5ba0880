import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { PreferencesInput, PreferencesView, StaffEmailView, UnsubscribeQuery } from './dto/email.dto.js';
import { EmailPreferencesService } from './email-preferences.service.js';

@ApiTags('email')
@Controller()
export class EmailController {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Get('me/preferences')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's email language and which emails they receive" })
  @ApiOkResponse({ type: PreferencesView })
  getPreferences(@CurrentUser() user: UserEntity): Promise<PreferencesView> {
    return this.preferences.get(user.id);
  }

  @Put('me/preferences')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change any part of the preferences; answers all of them', description: '`email` maps any of the types to true (receive) or false; types left out keep their setting; an unknown type, or one that cannot be turned off (verification, password reset, staff warnings), is refused with 400.' })
  @ApiOkResponse({ type: PreferencesView })
  putPreferences(@CurrentUser() user: UserEntity, @Body() body: PreferencesInput): Promise<PreferencesView> {
    return this.preferences.update(user.id, body);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'One-click unsubscribe (RFC 8058): that type of email off for that person',
    description: 'No session: the token in the List-Unsubscribe header or the unsubscribe page names the person and the type. Unsubscribing twice is fine (204). Any body (mail clients send List-Unsubscribe=One-Click) is ignored.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The token is not valid' })
  async unsubscribe(@Query() query: UnsubscribeQuery): Promise<void> {
    await this.preferences.unsubscribe(query.token);
  }

  @Get('staff/users/:id/emails')
  @Roles('staff')
  @ApiBearerAuth()
  @ApiTags('staff: moderation')
  @ApiOperation({ summary: "A person's 50 most recent emails, newest first: type, subject, state and the server's answer, never the body" })
  @ApiOkResponse({ type: [StaffEmailView] })
  @ApiNotFoundResponse({ description: "No such person in the caller's organisation" })
  staffEmails(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<StaffEmailView[]> {
    return this.preferences.recentOf(staff, id);
  }
}
