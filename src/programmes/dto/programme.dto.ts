import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { MEETING_MODES, PROGRAMME_GENDERS, PROGRAMME_STATUSES } from '../../organisations/domain/programme.js';
import type { MeetingMode, ProgrammeGender, ProgrammeStatus } from '../../organisations/domain/programme.js';
import { IsLanguageCode } from '../../profiles/dto/validators.js';
import { trim } from './organisation.dto.js';
import { IsCountryCode, NotBelow } from './validators.js';

const hasValue = (value: unknown): boolean => value !== undefined && value !== null;

/** The contract's `region`: countries hold the programme; a place and a radius (always together) narrow them. */
export class RegionInput {
  @ApiProperty({ type: [String], example: ['NL'], maxItems: 50, description: 'ISO 3166-1 alpha-2 codes, upper case; empty: anywhere' })
  @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsCountryCode({ each: true })
  countryCodes: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2759794', description: 'A place id from GET /api/places: the centre of the region; needs radiusKm' })
  @ValidateIf((region: RegionInput) => hasValue(region.placeId) || hasValue(region.radiusKm))
  @IsString({ message: 'placeId must be given together with radiusKm' })
  placeId?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 2000, example: 40, description: 'Whole km around placeId; needs placeId' })
  @ValidateIf((region: RegionInput) => hasValue(region.placeId) || hasValue(region.radiusKm))
  @IsInt({ message: 'radiusKm must be a whole number of km given together with placeId' }) @Min(1) @Max(2000)
  radiusKm?: number | null;
}

/** Who may take part on one side; every field optional, null meaning no rule. */
export class SideRulesInput {
  @ApiPropertyOptional({ enum: PROGRAMME_GENDERS, isArray: true, nullable: true, description: 'The genders this side takes; empty or null: any' })
  @IsOptional() @IsArray() @ArrayMaxSize(PROGRAMME_GENDERS.length) @ArrayUnique() @IsIn(PROGRAMME_GENDERS, { each: true })
  genders?: ProgrammeGender[] | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 120, description: 'Inclusive, from the birth year' })
  @IsOptional() @IsInt() @Min(0) @Max(120)
  minAge?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 120, description: 'Inclusive, from the birth year; not below minAge' })
  @IsOptional() @IsInt() @Min(0) @Max(120) @NotBelow('minAge')
  maxAge?: number | null;
}

/** The contract's `rules`: every field optional; absent or null means no rule. */
export class RulesInput {
  @ApiPropertyOptional({ type: SideRulesInput, nullable: true, description: 'Rules for newcomers' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SideRulesInput)
  migrant?: SideRulesInput | null;

  @ApiPropertyOptional({ type: SideRulesInput, nullable: true, description: 'Rules for volunteers' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SideRulesInput)
  host?: SideRulesInput | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Pairs only people of the same (specified) gender' })
  @IsOptional() @IsBoolean()
  sameGender?: boolean | null;

  @ApiPropertyOptional({ type: [String], nullable: true, maxItems: 20, example: ['nl'], description: 'ISO 639 codes (GET /api/languages): a pair must share one' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsLanguageCode({ each: true })
  languages?: string[] | null;

  @ApiPropertyOptional({ enum: MEETING_MODES, nullable: true })
  @IsOptional() @IsIn(MEETING_MODES)
  meeting?: MeetingMode | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 260, description: 'An active match ends by itself after this many weeks' })
  @IsOptional() @IsInt() @Min(1) @Max(260)
  matchWeeks?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 52, description: 'Each participant is asked to check in every this many weeks' })
  @IsOptional() @IsInt() @Min(1) @Max(52)
  checkInWeeks?: number | null;
}

/** What PATCH may change: any of these fields; `region` and `rules` replace the stored ones whole. */
export class UpdateProgrammeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: '1001 Strengths' })
  @OptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @OptionalNotNull() @IsString() @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: RegionInput })
  @OptionalNotNull() @IsObject() @ValidateNested() @Type(() => RegionInput)
  region?: RegionInput;

  @ApiPropertyOptional({ type: RulesInput })
  @OptionalNotNull() @IsObject() @ValidateNested() @Type(() => RulesInput)
  rules?: RulesInput;

  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, description: 'draft → open → closed; closed → open again; never back to draft' })
  @OptionalNotNull() @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;
}

/** A new programme: only the name is required; no region means anywhere, no rules means none. */
export class CreateProgrammeDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: '1001 Strengths' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @OptionalNotNull() @IsString() @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: RegionInput, description: 'Default: anywhere (`{"countryCodes": []}`)' })
  @OptionalNotNull() @IsObject() @ValidateNested() @Type(() => RegionInput)
  region?: RegionInput;

  @ApiPropertyOptional({ type: RulesInput, description: 'Default: no rules (`{}`)' })
  @OptionalNotNull() @IsObject() @ValidateNested() @Type(() => RulesInput)
  rules?: RulesInput;

  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, default: 'draft' })
  @OptionalNotNull() @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins: the organisation that runs it (needed unless the admin coordinates one). Staff may leave it out or name their own organisation',
  })
  @OptionalNotNull() @IsUUID()
  organisationId?: string;
}
