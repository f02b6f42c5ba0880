import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { ChatMessage } from '../../realtime/realtime-events.js';
import { MAX_SEQ } from './chat-payloads.dto.js';

export class MessageView implements ChatMessage {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty({ description: '1, 2, 3… per match without gaps', minimum: 1 }) seq: number;
  @ApiProperty({ format: 'uuid' }) senderId: string;
  @ApiProperty({ format: 'uuid', description: 'The id the sender chose; a retried send with it returns this message' }) clientId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Plain text, never HTML. Null when staff hid the message or its sender erased their account' })
  body: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MessagePage {
  @ApiProperty({ type: [MessageView], description: 'Oldest first' }) items: MessageView[];
  @ApiProperty({ type: String, nullable: true, description: 'The last seq of this page; pass it as `cursor` (or `afterSeq`) for the next. Null on the last page' })
  nextCursor: string | null;
}

export class MessageHistoryQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Messages with a greater seq; 0 or omitted from the start' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_SEQ)
  afterSeq?: number;

  @ApiPropertyOptional({ description: "The previous page's nextCursor; takes precedence over afterSeq" })
  @IsOptional() @IsString() @Matches(/^\d{1,10}$/, { message: 'cursor is not a cursor this server issued' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}
