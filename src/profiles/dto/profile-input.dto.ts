import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GENDERS, LANGUAGE_LEVELS, PARTNER_GENDERS } from '../profile.entity.js';
import type { Gender, LanguageLevel, PartnerGender } from '../profile.entity.js';
import { IsIanaTimezone, IsInterestCode, IsLanguageCode, IsWeeklyAvailability } from './validators.js';

/** People younger than this are not eligible for the programme. */
export const MINIMUM_AGE = 16;
export const OLDEST_BIRTH_YEAR = 1900;
const latestBirthYear = (): number => new Date().getUTCFullYear() - MINIMUM_AGE;

export class LanguageInput {
  @ApiProperty({ example: 'ar', description: 'ISO 639 code from GET /api/languages' })
  @IsLanguageCode()
  code: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level: LanguageLevel;
}

export class AvailabilityInput {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday (1 = Monday) in the profile\'s timezone' })
  @IsInt() @Min(1) @Max(7)
  day: number;

  @ApiProperty({ example: '18:00', pattern: '^\\d{2}:\\d{2}$' })
  @IsString() @Matches(/^\d{2}:\d{2}$/, { message: 'start must be HH:MM' })
  start: string;

  @ApiProperty({ example: '21:00', pattern: '^\\d{2}:\\d{2}$', description: 'After start; 24:00 ends at midnight' })
  @IsString() @Matches(/^\d{2}:\d{2}$/, { message: 'end must be HH:MM' })
  end: string;
}

/**
 * The contract's profile input. PUT merges: a field left out keeps its stored value, `null` clears it,
 * so a client may send the whole profile or only what changed. A refused update changes nothing.
 */
export class ProfileInputDto {
  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true })
  @IsOptional() @IsString() @MaxLength(1000)
  bio?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: OLDEST_BIRTH_YEAR, description: `At least ${MINIMUM_AGE} years ago; never shown to other people`, nullable: true })
  @IsOptional() @IsInt() @Min(OLDEST_BIRTH_YEAR) @Max(latestBirthYear(), { message: `birthYear must be at most ${latestBirthYear()} (minimum age ${MINIMUM_AGE})` })
  birthYear?: number | null;

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional() @IsIn(GENDERS)
  gender?: Gender | null;

  @ApiPropertyOptional({ enum: PARTNER_GENDERS, nullable: true, description: '"same": only partners of the same (specified) gender' })
  @IsOptional() @IsIn(PARTNER_GENDERS)
  partnerGender?: PartnerGender | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2759794', description: 'A place id from GET /api/places (GeoNames id)' })
  @IsOptional() @IsString() @Matches(/^\d{1,12}$/, { message: 'placeId must be a place id from GET /api/places' })
  placeId?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 500 })
  @IsOptional() @IsInt() @Min(1) @Max(500)
  maxDistanceKm?: number | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional() @IsBoolean()
  meetOnline?: boolean | null;

  @ApiPropertyOptional({ type: [LanguageInput], nullable: true, maxItems: 20 })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique((l: LanguageInput) => l?.code, { message: 'languages must not name a language twice' })
  // ValidateNested alone lets a nested array through (it validates the array's elements instead).
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => LanguageInput)
  languages?: LanguageInput[] | null;

  @ApiPropertyOptional({ type: [String], nullable: true, maxItems: 10, description: 'Languages to practise (ISO 639 codes)' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsLanguageCode({ each: true })
  learning?: string[] | null;

  @ApiPropertyOptional({ type: [String], nullable: true, maxItems: 30, description: 'Interest codes from GET /api/interests' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @ArrayUnique() @IsInterestCode({ each: true })
  interests?: string[] | null;

  @ApiPropertyOptional({ type: [AvailabilityInput], nullable: true, maxItems: 28, description: 'Weekly windows; none may overlap on the same day' })
  @IsOptional() @IsArray() @ArrayMaxSize(28) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => AvailabilityInput) @IsWeeklyAvailability()
  availability?: AvailabilityInput[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Europe/Amsterdam', description: 'IANA time zone' })
  @IsOptional() @IsIanaTimezone()
  timezone?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 5, description: 'Hosts only: how many active matches at once' })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  capacity?: number | null;
}
