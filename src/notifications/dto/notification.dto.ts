import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import type { NotificationEvent } from '../../realtime/realtime-events.js';
import { NOTIFICATION_TYPES } from '../notification-types.js';
import type { NotificationType } from '../notification-types.js';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class NotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only notifications not yet marked read' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  unread?: boolean;
}

export class MarkNotificationsReadDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100, description: "Ids of the caller's notifications; other ids are ignored" })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsUUID('all', { each: true })
  ids: string[];
}

/** The same payload the socket's `notification` event carries, plus when it was read. */
export class NotificationView implements NotificationEvent {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type: NotificationType;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Ids of what it is about (`matchId`, `meetupId`), plus `startsAt`/`hoursBefore` for reminders and `note` for warnings',
  })
  data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
}
