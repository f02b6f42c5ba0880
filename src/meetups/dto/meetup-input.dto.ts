import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_MEETUP_DURATION_MINUTES, MIN_MEETUP_DURATION_MINUTES } from '../domain/meetup-state.js';
import { MAX_PLACE_LENGTH } from '../domain/meetup-place.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const toNumber = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/** An instant must say which one it is: "Z" or an offset, never a bare local time. */
const INSTANT = /(Z|[+-]\d{2}:?\d{2})$/i;
const INSTANT_MESSAGE = '$property must be an ISO-8601 instant with "Z" or an offset, e.g. 2026-12-01T17:00:00.000Z';
export const MAX_NOTE_LENGTH = 1000;
export const MAX_REASON_LENGTH = 1000;
export const MAX_COMMENT_LENGTH = 2000;

export class CreateMeetupDto {
  @ApiProperty({ example: '2026-12-01T17:00:00.000Z', description: 'UTC instant (or with an offset); must lie in the future' })
  @IsISO8601({ strict: true }) @Matches(INSTANT, { message: INSTANT_MESSAGE })
  startsAt: string;

  @ApiProperty({ minimum: MIN_MEETUP_DURATION_MINUTES, maximum: MAX_MEETUP_DURATION_MINUTES, example: 60 })
  @IsInt() @Min(MIN_MEETUP_DURATION_MINUTES) @Max(MAX_MEETUP_DURATION_MINUTES)
  durationMinutes: number;

  @ApiPropertyOptional({ type: String, maxLength: MAX_PLACE_LENGTH, example: 'Café de Jaren', description: 'A public place; required unless online' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_PLACE_LENGTH)
  place?: string | null;

  @ApiPropertyOptional({ description: 'Meet online instead of at a place' })
  @IsOptional() @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: MAX_NOTE_LENGTH })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;
}

/** A reschedule: fields left out keep their value; `null` clears place or note. */
export class UpdateMeetupDto {
  @ApiPropertyOptional({ example: '2026-12-02T17:00:00.000Z' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(INSTANT, { message: INSTANT_MESSAGE })
  startsAt?: string;

  @ApiPropertyOptional({ minimum: MIN_MEETUP_DURATION_MINUTES, maximum: MAX_MEETUP_DURATION_MINUTES })
  @IsOptional() @IsInt() @Min(MIN_MEETUP_DURATION_MINUTES) @Max(MAX_MEETUP_DURATION_MINUTES)
  durationMinutes?: number;

  @ApiPropertyOptional({ maxLength: MAX_PLACE_LENGTH, nullable: true, type: String, description: 'Naming a place makes the meetup in person' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_PLACE_LENGTH)
  place?: string | null;

  @ApiPropertyOptional({ description: 'true drops the place' })
  @IsOptional() @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ maxLength: MAX_NOTE_LENGTH, nullable: true, type: String })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;
}

export class MeetupReasonDto {
  @ApiPropertyOptional({ maxLength: MAX_REASON_LENGTH })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_REASON_LENGTH)
  reason?: string;
}

export const MEETUP_LIST_WHEN = ['upcoming', 'past'] as const;
export type MeetupListWhen = (typeof MEETUP_LIST_WHEN)[number];

export class MeetupListQueryDto {
  @ApiPropertyOptional({ enum: MEETUP_LIST_WHEN, default: 'upcoming', description: 'upcoming: not ended yet, soonest first; past: ended, newest first' })
  @IsOptional() @IsIn(MEETUP_LIST_WHEN)
  when?: MeetupListWhen;
}

export class MeetupSlotsQueryDto {
  @ApiPropertyOptional({ description: 'Start of the search window (default now)', example: '2026-12-01T00:00:00.000Z' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(INSTANT, { message: INSTANT_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: 'End of the search window (default from + 14 days; at most 31 days after from)' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(INSTANT, { message: INSTANT_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ minimum: MIN_MEETUP_DURATION_MINUTES, maximum: MAX_MEETUP_DURATION_MINUTES, default: 60 })
  @IsOptional() @Transform(toNumber) @IsInt() @Min(MIN_MEETUP_DURATION_MINUTES) @Max(MAX_MEETUP_DURATION_MINUTES)
  durationMinutes?: number;
}

export class MeetupFeedbackDto {
  @ApiProperty({ description: 'Did the meetup take place?' })
  @IsBoolean()
  happened: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  rating?: number;

  @ApiPropertyOptional({ maxLength: MAX_COMMENT_LENGTH })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string;

  @ApiPropertyOptional({ description: 'Something worried you: a coordinator will look into it' })
  @IsOptional() @IsBoolean()
  concern?: boolean;
}
