import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCountryCode } from './validators.js';

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganisationDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Netherlands Red Cross', description: 'Unique whatever the case; surrounding spaces are dropped' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsCountryCode()
  countryCode: string;
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
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
