import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DECLINE_REASONS } from '../domain/close-reasons.js';
import type { DeclineReason } from '../domain/close-reasons.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * `reason` is free text (the contract's `{reason?}`); the code list lives in `reasonCode`. A
 * `reason` that is exactly one of the codes, sent without `reasonCode`, is read as that code, as
 * clients written when `reason` held the codes expect.
 */
export class DeclineMatchDto {
  @ApiPropertyOptional({
    maxLength: 1000,
    description:
      'Why, in the person\'s own words: free text for the coordinators, never shown to the other person. ' +
      'Exactly one of the `reasonCode` values, sent without `reasonCode`, is taken as that code.',
  })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Why, as a code for statistics (optional, beside or instead of the text)' })
  @IsOptional() @IsIn(DECLINE_REASONS)
  reasonCode?: DeclineReason;

  @ApiPropertyOptional({ maxLength: 1000, deprecated: true, description: 'Older name of the free text `reason`; kept with it when both are sent' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  note?: string;

  code(): DeclineReason | undefined {
    return this.reasonCode ?? (this.reasonIsCode() ? (this.reason as DeclineReason) : undefined);
  }

  /** The free text as stored: `reason` (unless it was read as the code) and the older `note`. */
  freeText(): string | undefined {
    const parts = [this.reasonIsCode() ? undefined : this.reason, this.note].filter((part): part is string => part !== undefined && part !== '');
    return parts.length === 0 ? undefined : parts.join('\n');
  }

  private reasonIsCode(): boolean {
    return this.reasonCode === undefined && (DECLINE_REASONS as readonly string[]).includes(this.reason ?? '');
  }
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
