import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { ReportView } from './dto/report.dto.js';
import {
  AuditLogQueryDto,
  AuditPageView,
  ConversationQueryDto,
  HideMessageDto,
  MessagePageView,
  ReportPageView,
  ReportsQueryDto,
  ResolveReportDto,
  StaffMessageView,
} from './dto/staff.dto.js';
import { StaffStatsView } from './dto/stats.view.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { StaffActionsService } from './staff-actions.service.js';
import { StaffStatsService } from './staff-stats.service.js';

const SCOPE = "Coordinators see and act on their own organisation's things only; anything of another organisation answers 404 and changes nothing. Admins: every organisation.";

@ApiTags('staff: moderation')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff')
export class StaffModerationController {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly actions: StaffActionsService,
    private readonly statistics: StaffStatsService,
  ) {}

  @Get('reports')
  @ApiOperation({
    summary: 'Reports (user and automatic), oldest first, each with its message, neighbouring messages, match and both people\'s history',
    description: SCOPE + " A report belongs to its match's programme's organisation, or to that of a programme the two people share; one about people sharing none is seen by admins only. A person's history counts only the caller's organisation's reports.",
  })
  @ApiOkResponse({ type: ReportPageView })
  reports(@CurrentUser() staff: UserEntity, @Query() query: ReportsQueryDto): Promise<ReportPageView> {
    return this.queue.listReports(staff, query);
  }

  @Post('reports/:id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resolve a report with an action; the action and one audit entry (on the report) happen in one transaction', description: SCOPE })
  @ApiOkResponse({ type: ReportView })
  @ApiNotFoundResponse({ description: 'No such report' })
  @ApiConflictResponse({ description: 'Already resolved, nothing for the action to act on, or the match is not active' })
  resolve(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: ResolveReportDto): Promise<ReportView> {
    return this.actions.resolveReport(staff, id, body);
  }

  @Get('matches/:id/messages')
  @ApiOperation({ summary: 'A conversation as stored, hidden messages included, oldest first; every call is written to the audit log', description: `${SCOPE} Admins' reads are audited like anyone's.` })
  @ApiOkResponse({ type: MessagePageView })
  @ApiNotFoundResponse({ description: 'No such match' })
  conversation(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Query() query: ConversationQueryDto): Promise<MessagePageView> {
    return this.queue.readConversation(staff, id, query);
  }

  @Post('messages/:id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide a message: participants get message:hidden and see its body as null', description: SCOPE })
  @ApiOkResponse({ type: StaffMessageView })
  @ApiNotFoundResponse({ description: 'No such message' })
  @ApiConflictResponse({ description: 'Already hidden' })
  hide(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: HideMessageDto): Promise<StaffMessageView> {
    return this.actions.hideMessage(staff, id, body.note);
  }

  @Get('audit-log')
  @ApiOperation({
    summary: 'Staff actions, newest first (`order=oldest`: oldest first), filterable by actor, action (exact or dotted prefix) and target',
    description:
      "Coordinators see their organisation's entries only; admins see all, the platform's own (organisationId null) included. An entry belongs to the organisation of its target (the match's, the message's, the report's), and for a person in several organisations to the acting coordinator's.",
  })
  @ApiOkResponse({ type: AuditPageView })
  auditLog(@CurrentUser() staff: UserEntity, @Query() query: AuditLogQueryDto): Promise<AuditPageView> {
    return this.queue.auditLog(staff, query);
  }

  @Get('stats')
  @ApiOperation({
    summary: "The organisation's figures: people, waiting and median wait, matches, meetups, open reports",
    description:
      "A coordinator's organisation only: people are members of its programmes (staff: its coordinators), pending hosts its own pending vettings, matches and meetups those of its programmes, reports its own. Admins: the whole platform.",
  })
  @ApiOkResponse({ type: StaffStatsView })
  stats(@CurrentUser() staff: UserEntity): Promise<StaffStatsView> {
    return this.statistics.figures(staff);
  }
}
