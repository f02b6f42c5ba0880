import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { VETTING_CHECK_KINDS, type CheckStatus, type VettingCheckKind } from '../../organisations/domain/vetting-checks.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHECK_STATUSES: readonly CheckStatus[] = ['missing', 'valid', 'expiring', 'expired'];
const PROBLEM_CODES = ['vetting.check-missing', 'vetting.check-expired', 'vetting.check-expiring'] as const;

/** A check as staff record it; it replaces the current record of its kind. */
export class RecordVettingCheckDto {
  @ApiProperty({ format: 'date', example: '2026-01-15', description: 'The day the check was done or the document seen (YYYY-MM-DD, UTC); not after today (400 `vetting.checked-in-future`)' })
  @IsString() @Matches(DAY, { message: 'checkedOn must be a day written YYYY-MM-DD' })
  checkedOn: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    example: '2029-01-15',
    description: 'The first day the check no longer counts (YYYY-MM-DD, UTC), after `checkedOn` (400 `vetting.expiry-not-after-check`); omitted or null: it does not expire',
  })
  @IsOptional() @IsString() @Matches(DAY, { message: 'expiresOn must be a day written YYYY-MM-DD' })
  expiresOn?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true, description: 'A reference number or a short note for staff (not shown to the volunteer, forgotten on erasure)' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  note?: string | null;
}

/** What a coordinator (or an admin, for the organisation named) requires of its volunteers. */
export class RequiredVettingChecksDto {
  @ApiProperty({
    enum: VETTING_CHECK_KINDS,
    isArray: true,
    description: 'The checks a volunteer needs, recorded and unexpired, to get new proposals in the organisation’s programmes; empty: none (the default)',
  })
  @IsArray() @ArrayMaxSize(8) @IsIn(VETTING_CHECK_KINDS, { each: true })
  requiredVettingChecks: VettingCheckKind[];
}

export class VettingCheckView {
  @ApiProperty({ enum: VETTING_CHECK_KINDS }) kind: VettingCheckKind;
  @ApiProperty({ format: 'date' }) checkedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The first day the check no longer counts; null: it does not expire' }) expiresOn: string | null;
  @ApiProperty({ enum: ['valid', 'expiring', 'expired'], description: '`expiring`: within 30 days' }) status: Exclude<CheckStatus, 'missing'>;
  @ApiProperty({ description: 'The organisation requires this kind' }) required: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The staff member who recorded it (null once their account is gone)' }) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class RequiredCheckStateView {
  @ApiProperty({ enum: VETTING_CHECK_KINDS }) kind: VettingCheckKind;
  @ApiProperty({ enum: CHECK_STATUSES, description: '`expiring`: within 30 days' }) status: CheckStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiresOn: string | null;
}

export class CheckProblemView {
  @ApiProperty({ enum: VETTING_CHECK_KINDS }) kind: VettingCheckKind;
  @ApiProperty({ enum: PROBLEM_CODES }) code: (typeof PROBLEM_CODES)[number];
  @ApiProperty({ example: 'Certificate of conduct: expired on 2026-03-10.' }) sentence: string;
}

/** A volunteer's checks in one organisation and what they add up to. */
export class VolunteerChecksView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: VETTING_CHECK_KINDS, isArray: true }) requiredKinds: VettingCheckKind[];
  @ApiProperty({ description: 'Every required check is recorded and unexpired now (true when none is required): the volunteer may get new proposals in the organisation’s programmes (once verified)' })
  cleared: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The first day a required check no longer counts; null when none expires or one is missing' })
  lapsesOn: string | null;
  @ApiProperty({ type: [RequiredCheckStateView], description: 'One per required kind, in catalogue order' }) required: RequiredCheckStateView[];
  @ApiProperty({ type: [CheckProblemView], description: 'Required checks missing, expired or expiring within 30 days, as codes and sentences' }) problems: CheckProblemView[];
  @ApiProperty({ type: [VettingCheckView], description: 'Every recorded check, required or not' }) checks: VettingCheckView[];
}
