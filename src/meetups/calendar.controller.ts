import { Controller, Delete, Get, Header, HttpCode, HttpStatus, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CalendarTokenView } from './dto/meetup.view.js';
import { MeetupCalendarService } from './meetup-calendar.service.js';

@ApiTags('meetups')
@Controller('me')
export class CalendarController {
  constructor(private readonly calendar: MeetupCalendarService) {}

  @Post('calendar-token')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create (or rotate) the secret URL of the personal meetup feed; the previous URL stops working' })
  @ApiCreatedResponse({ type: CalendarTokenView })
  rotateToken(@CurrentUser() user: UserEntity, @Req() request: Request): Promise<CalendarTokenView> {
    return this.calendar.rotateToken(user, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  }

  @Delete('calendar-token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the personal feed URL' })
  @ApiNoContentResponse()
  async revokeToken(@CurrentUser() user: UserEntity): Promise<void> {
    await this.calendar.revokeToken(user);
  }

  @Public()
  @Get('calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'token', required: true, description: 'The secret from POST /api/me/calendar-token' })
  @ApiOperation({ summary: "The caller's meetups as a subscribable calendar, authorised by the token in the URL (no bearer token)" })
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'Missing, unknown or revoked token' })
  feed(@Query('token') token: string | undefined): Promise<string> {
    return this.calendar.feed(typeof token === 'string' ? token : undefined);
  }
}
