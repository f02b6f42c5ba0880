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
  @ApiOperation({ summary: 'Reports (user and automatic), oldest first, each with its message, neighbouring messages, match and both people\'s history' })
  @ApiOkResponse({ type: ReportPageView })
  reports(@Query() query: ReportsQueryDto): Promise<ReportPageView> {
    return this.queue.listReports(query);
  }

  @Post('reports/:id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resolve a report with an action; the action and one audit entry (on the report) happen in one transaction' })
  @ApiOkResponse({ type: ReportView })
  @ApiNotFoundResponse({ description: 'No such report' })
  @ApiConflictResponse({ description: 'Already resolved, nothing for the action to act on, or the match is not active' })
  resolve(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: ResolveReportDto): Promise<ReportView> {
    return this.actions.resolveReport(staff, id, body);
  }

  @Get('matches/:id/messages')
  @ApiOperation({ summary: 'A conversation as stored, hidden messages included, oldest first; every call is written to the audit log' })
  @ApiOkResponse({ type: MessagePageView })
  @ApiNotFoundResponse({ description: 'No such match' })
  conversation(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Query() query: ConversationQueryDto): Promise<MessagePageView> {
    return this.queue.readConversation(staff, id, query);
  }

  @Post('messages/:id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide a message: participants get message:hidden and see its body as null' })
  @ApiOkResponse({ type: StaffMessageView })
  @ApiNotFoundResponse({ description: 'No such message' })
  @ApiConflictResponse({ description: 'Already hidden' })
  hide(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: HideMessageDto): Promise<StaffMessageView> {
    return this.actions.hideMessage(staff, id, body.note);
  }

  @Get('audit-log')
  @ApiOperation({ summary: 'Staff actions, newest first, filterable by actor, action (exact or dotted prefix) and target' })
  @ApiOkResponse({ type: AuditPageView })
  auditLog(@Query() query: AuditLogQueryDto): Promise<AuditPageView> {
    return this.queue.auditLog(query);
  }

  @Get('stats')
  @ApiOperation({ summary: "The programme's figures: people, waiting and median wait, matches, meetups, open reports" })
  @ApiOkResponse({ type: StaffStatsView })
  stats(): Promise<StaffStatsView> {
    return this.statistics.programmeFigures();
  }
}
