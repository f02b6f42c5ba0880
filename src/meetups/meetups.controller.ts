import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CreateMeetupDto, MeetupFeedbackDto, MeetupListQueryDto, MeetupReasonDto, MeetupSlotsQueryDto, UpdateMeetupDto } from './dto/meetup-input.dto.js';
import { MeetupFeedbackView, MeetupSlotView, MeetupView } from './dto/meetup.view.js';
import { MeetupCalendarService } from './meetup-calendar.service.js';
import { MeetupFeedbackService } from './meetup-feedback.service.js';
import { MeetupSlotsService } from './meetup-slots.service.js';
import { MeetupsService } from './meetups.service.js';

const ID = 'id';

@ApiTags('meetups')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such match or meetup, or the caller is not one of its two participants' })
@Controller()
export class MeetupsController {
  constructor(
    private readonly meetups: MeetupsService,
    private readonly slots: MeetupSlotsService,
    private readonly feedback: MeetupFeedbackService,
    private readonly calendar: MeetupCalendarService,
  ) {}

  @Post('matches/:id/meetups')
  @ApiOperation({ summary: 'Propose a meetup to the other participant', description: 'Only while the match is active; startsAt in the future and at most two years ahead; a public place or online.' })
  @ApiCreatedResponse({ type: MeetupView })
  @ApiBadRequestResponse({ description: 'Invalid time (not in the future, or more than two years ahead), duration, place or note' })
  @ApiConflictResponse({ description: 'The match is not active' })
  propose(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) matchId: string, @Body() body: CreateMeetupDto): Promise<MeetupView> {
    return this.meetups.propose(user, matchId, body);
  }

  @Get('matches/:id/meetups')
  @ApiOperation({ summary: "A match's meetups, newest first" })
  @ApiOkResponse({ type: [MeetupView] })
  listOfMatch(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) matchId: string): Promise<MeetupView[]> {
    return this.meetups.listOfMatch(user, matchId);
  }

  @Get('matches/:id/meetup-slots')
  @ApiOperation({
    summary: "Times inside both people's weekly availability, free of their confirmed meetups",
    description: 'Each person\'s availability is read in their own timezone (DST-aware). 30-minute steps, soonest first, at most 100. Default window: now to 14 days later; at most 31 days.',
  })
  @ApiOkResponse({ type: [MeetupSlotView] })
  @ApiBadRequestResponse({ description: 'from is not before to, the window is longer than 31 days, or a value is malformed' })
  slotsOfMatch(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) matchId: string, @Query() query: MeetupSlotsQueryDto): Promise<MeetupSlotView[]> {
    return this.slots.suggest(user, matchId, query);
  }

  @Get('meetups')
  @ApiOperation({ summary: "The caller's meetups: upcoming (not ended, soonest first) or past (newest first)" })
  @ApiOkResponse({ type: [MeetupView] })
  listMine(@CurrentUser() user: UserEntity, @Query() query: MeetupListQueryDto): Promise<MeetupView[]> {
    return this.meetups.listMine(user, query.when ?? 'upcoming');
  }

  @Post('meetups/:id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a proposed meetup (only the participant who did not propose it)' })
  @ApiOkResponse({ type: MeetupView })
  @ApiConflictResponse({ description: 'Own proposal, not proposed any more, match not active, start passed, or it overlaps a confirmed meetup of either person' })
  accept(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string): Promise<MeetupView> {
    return this.meetups.accept(user, meetupId);
  }

  @Post('meetups/:id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline a proposed meetup (only the participant who did not propose it)' })
  @ApiOkResponse({ type: MeetupView })
  @ApiConflictResponse({ description: 'Own proposal, or not proposed any more' })
  decline(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string, @Body() body: MeetupReasonDto): Promise<MeetupView> {
    return this.meetups.decline(user, meetupId, body.reason);
  }

  @Post('meetups/:id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a proposed or confirmed meetup (either participant)' })
  @ApiOkResponse({ type: MeetupView })
  @ApiConflictResponse({ description: 'Already declined or cancelled' })
  cancel(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string, @Body() body: MeetupReasonDto): Promise<MeetupView> {
    return this.meetups.cancel(user, meetupId, body.reason);
  }

  @Patch('meetups/:id')
  @ApiOperation({ summary: 'Change a meetup: it goes back to proposed, proposed by the caller, and its SEQUENCE grows' })
  @ApiOkResponse({ type: MeetupView })
  @ApiBadRequestResponse({ description: 'Nothing to change, or an invalid value (startsAt not in the future, or more than two years ahead)' })
  @ApiConflictResponse({ description: 'Declined or cancelled, or the match is not active' })
  reschedule(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string, @Body() body: UpdateMeetupDto): Promise<MeetupView> {
    return this.meetups.reschedule(user, meetupId, body);
  }

  @Get('meetups/:id/ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'The meetup as an RFC 5545 calendar (stable UID, SEQUENCE, STATUS, 1 h alarm)' })
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  ics(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string): Promise<string> {
    return this.calendar.meetupIcs(user, meetupId);
  }

  @Post('meetups/:id/feedback')
  @ApiOperation({ summary: 'Say how a confirmed meetup went, once, after its end', description: '`concern: true` opens a staff report.' })
  @ApiCreatedResponse({ type: MeetupFeedbackView })
  @ApiConflictResponse({ description: 'Not confirmed, not ended yet, or feedback already given' })
  giveFeedback(@CurrentUser() user: UserEntity, @Param(ID, ParseUUIDPipe) meetupId: string, @Body() body: MeetupFeedbackDto): Promise<MeetupFeedbackView> {
    return this.feedback.give(user, meetupId, body);
  }
}
