import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { REPORT_REASONS, REPORT_SOURCES, REPORT_STATUSES, RESOLVE_ACTIONS } from '../domain/report-rules.js';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import type { ReportReason, ReportSource, ReportStatus, ResolveAction } from '../domain/report-rules.js';

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateReportDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A message in one of your matches; implies its match, and its sender as the person reported' })
  @OptionalNotNull() @IsUUID()
  messageId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The person reported: the other participant of the match, or someone you share a match with' })
  @OptionalNotNull() @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of your matches' })
  @OptionalNotNull() @IsUUID()
  matchId?: string;

  @ApiProperty({ enum: REPORT_REASONS })
  @IsIn(REPORT_REASONS)
  reason: ReportReason;

  @ApiPropertyOptional({ maxLength: 2000, description: 'What happened, in your words' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  details?: string;
}

export class FlagView {
  @ApiProperty({ enum: ['phone', 'email', 'url', 'messenger', 'abusive'] }) kind: string;
  @ApiProperty({ example: '+31 6 ******78', description: 'What was detected, masked' }) match: string;
  @ApiPropertyOptional({ example: 'en', description: 'For abusive language: the word list that matched' }) language?: string;
}

export class ResolutionView {
  @ApiProperty({ enum: RESOLVE_ACTIONS }) action: ResolveAction;
  @ApiProperty() note: string;
  @ApiProperty({ type: Number, nullable: true, description: 'For suspend_user: days; null means until lifted' }) suspendDays: number | null;
}

/** The contract's `report`. */
export class ReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_SOURCES, description: '`user`: filed by a participant; `auto`: opened by the flag detector' }) source: ReportSource;
  @ApiProperty({ enum: REPORT_REASONS }) reason: ReportReason;
  @ApiProperty({ type: String, nullable: true }) details: string | null;
  @ApiProperty({ enum: REPORT_STATUSES }) status: ReportStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) messageId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) matchId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The person reported' }) userId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for automatic flags' }) reporterId: string | null;
  @ApiProperty({ type: [FlagView], description: 'What the detector found (automatic reports); empty for user reports' }) flags: FlagView[];
  @ApiProperty({
    description: 'A safety concern: a participant\'s report with reason `safety`, a concern raised in meetup feedback, or a check-in asking for contact (automatic flags never). Urgent reports come first in the staff queue and are emailed to the organisation\'s safeguarding contact',
  })
  urgent: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: ResolutionView, nullable: true }) resolution: ResolutionView | null;
}
