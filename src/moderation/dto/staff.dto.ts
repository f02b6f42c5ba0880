import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { PageQueryDto, TIME_ORDERS, type TimeOrder } from '../../common/pagination.js';
import { MATCH_STATUSES } from '../../matches/domain/match-state.js';
import type { MatchStatus } from '../../matches/domain/match-state.js';
import { USER_ROLES, USER_STATUSES } from '../../users/user.entity.js';
import type { UserRole, UserStatus } from '../../users/user.entity.js';
import { REPORT_STATUSES, RESOLVE_ACTIONS } from '../domain/report-rules.js';
import type { ReportStatus, ResolveAction } from '../domain/report-rules.js';
import { ReportView, trim } from './report.dto.js';

const MAX_SUSPEND_DAYS = 3650;

export class ReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, description: 'Omit for every report' })
  @IsOptional() @IsIn(REPORT_STATUSES)
  status?: ReportStatus;
}

export class ConversationQueryDto {
  @ApiPropertyOptional({ minimum: 0, description: 'Only messages after this seq' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  afterSeq?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: "The previous page's nextCursor" })
  @IsOptional() @IsString() @Matches(/^\d{1,10}$/, { message: 'cursor is not a cursor this server issued' })
  cursor?: string;
}

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'report.resolve', description: 'An exact action, or a dotted prefix (`report.resolve` finds every resolution)' })
  @IsOptional() @IsString() @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ enum: TIME_ORDERS, default: 'newest', description: 'newest first (the default), or oldest first; a cursor continues in the order it was given in' })
  @IsOptional() @IsIn(TIME_ORDERS)
  order?: TimeOrder;
}

export class ResolveReportDto {
  @ApiProperty({
    enum: RESOLVE_ACTIONS,
    description: 'hide_message hides the reported message; warn_user/suspend_user act on the reported person (else the sender of the reported message); end_match ends the report\'s match',
  })
  @IsIn(RESOLVE_ACTIONS)
  action: ResolveAction;

  @ApiProperty({ maxLength: 2000, description: 'Why; kept with the report and in the audit log (and sent with a warning)' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  note: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SUSPEND_DAYS, description: 'Only with suspend_user; omitted means until lifted' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_SUSPEND_DAYS)
  suspendDays?: number;
}

export class HideMessageDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  note: string;
}

export class WarnUserDto {
  @ApiProperty({ maxLength: 2000, description: 'Sent to the person with the account.warned notification' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  note: string;
}

export class SuspendUserDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SUSPEND_DAYS, description: 'Omitted: until lifted by staff' })
  @OptionalNotNull() @IsInt() @Min(1) @Max(MAX_SUSPEND_DAYS)
  days?: number;
}

export class UnsuspendUserDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  note?: string;
}

/** A message as staff see it: the stored body even when hidden from the participants. */
export class StaffMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'uuid' }) senderId: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ description: 'The stored body, hidden or not (a placeholder once the sender erased their account)' }) body: string;
  @ApiProperty({ description: 'The sender erased their account; the body is a placeholder' }) bodyErased: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) hiddenAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) hiddenBy: string | null;
}

export class MessagePageView {
  @ApiProperty({ type: [StaffMessageView] }) items: StaffMessageView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MatchSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status: MatchStatus;
  @ApiProperty({ format: 'uuid' }) migrantId: string;
  @ApiProperty({ format: 'uuid' }) hostId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export class PersonHistoryView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil: string | null;
  @ApiProperty({ description: 'Every report naming this person, this one included' }) reportCount: number;
  @ApiProperty({ type: [ReportView], description: 'The most recent reports naming this person (up to 10), newest first, this one excluded' })
  recentReports: ReportView[];
}

export class ReportContextView {
  @ApiProperty({ type: StaffMessageView, nullable: true, description: 'The reported message' }) message: StaffMessageView | null;
  @ApiProperty({ type: [StaffMessageView], description: 'Up to 3 messages either side of the reported one, oldest first' }) neighbours: StaffMessageView[];
  @ApiProperty({ type: MatchSummaryView, nullable: true }) match: MatchSummaryView | null;
  @ApiProperty({ type: [PersonHistoryView], description: "Both participants' history (or the reported person's when there is no match)" })
  people: PersonHistoryView[];
}

export class QueuedReportView extends ReportView {
  @ApiProperty({ type: ReportContextView }) context: ReportContextView;
}

export class ReportPageView {
  @ApiProperty({ type: [QueuedReportView] }) items: QueuedReportView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for the system (e.g. a suspension that ran out)' }) actorId: string | null;
  @ApiProperty({ example: 'message.hide' }) action: string;
  @ApiProperty({ example: 'message', enum: ['match', 'message', 'user', 'report'] }) targetType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) targetId: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The organisation the action was in (the target's; for a person in several, the actor's own); null: the platform's, seen by admins only",
  })
  organisationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
