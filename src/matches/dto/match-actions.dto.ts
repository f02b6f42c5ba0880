import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DECLINE_REASONS } from '../domain/close-reasons.js';
import type { DeclineReason } from '../domain/close-reasons.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class DeclineMatchDto {
  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Why, as a code the client translates' })
  @IsOptional() @IsIn(DECLINE_REASONS)
  reason?: DeclineReason;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Free text for the coordinators; never shown to the other person' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  note?: string;
}

export class EndMatchDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'Free text for the coordinators; never shown to the other person' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  reason?: string;
}

export class BlockUserDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'Free text for the coordinators; never shown to the blocked person' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  reason?: string;
}
