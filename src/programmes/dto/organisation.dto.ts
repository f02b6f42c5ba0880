import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { VETTING_CHECK_KINDS, type VettingCheckKind } from '../../organisations/domain/vetting-checks.js';
import { IsCountryCode } from './validators.js';

const REQUIRED_CHECKS =
  'The checks a volunteer needs, recorded and unexpired, to get new proposals in the organisation’s programmes (`/api/staff/volunteers/{userId}/checks`); empty: none, the default. Matches already made go on.';

const SAFEGUARDING_EMAIL = 'Where urgent safety concerns are emailed (a team mailbox); without one they go to every coordinator of the organisation.';

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganisationDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Netherlands Red Cross', description: 'Unique whatever the case; surrounding spaces are dropped' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsCountryCode()
  countryCode: string;

  @ApiPropertyOptional({ type: String, format: 'email', maxLength: 254, nullable: true, description: SAFEGUARDING_EMAIL })
  @IsOptional() @Transform(trim) @IsEmail({}, { message: 'safeguardingEmail must be an email address' }) @MaxLength(254)
  safeguardingEmail?: string | null;
}

/** An admin's change to an organisation: any of its fields; `safeguardingEmail: null` removes the address. */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, description: 'Unique whatever the case' })
  @OptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'NL', description: 'ISO 3166-1 alpha-2, upper case' })
  @OptionalNotNull() @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ type: String, format: 'email', maxLength: 254, nullable: true, description: `${SAFEGUARDING_EMAIL} null removes it` })
  @IsOptional() @Transform(trim) @IsEmail({}, { message: 'safeguardingEmail must be an email address' }) @MaxLength(254)
  safeguardingEmail?: string | null;

  @ApiPropertyOptional({ enum: VETTING_CHECK_KINDS, isArray: true, description: REQUIRED_CHECKS })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(8) @IsIn(VETTING_CHECK_KINDS, { each: true })
  requiredVettingChecks?: VettingCheckKind[];
}

/** A coordinator account for an organisation, made by an admin; the same account rules as sign-up. */
export class CreateCoordinatorDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'Not one of the most common passwords' })
  @IsString() @MaxLength(1024)
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  displayName: string;
}

/** The contract's `organisation`. */
export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'NL' }) countryCode: string;
  @ApiProperty({ type: String, format: 'email', nullable: true, description: 'Where urgent safety concerns are emailed; null: to every coordinator of the organisation' })
  safeguardingEmail: string | null;
  @ApiProperty({ enum: VETTING_CHECK_KINDS, isArray: true, description: REQUIRED_CHECKS }) requiredVettingChecks: VettingCheckKind[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
