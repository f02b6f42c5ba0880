import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class SignupDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'Not one of the most common passwords' })
  @IsString() @MaxLength(1024)
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  displayName: string;

  @ApiProperty({ enum: ['migrant', 'host'], description: 'Staff accounts are never created by sign-up' })
  @IsIn(['migrant', 'host'], { message: 'role must be "migrant" or "host"' })
  role: 'migrant' | 'host';

  @ApiProperty({ enum: [true], description: 'Consent to the terms and the privacy notice; its time is recorded' })
  @Equals(true, { message: 'acceptTerms must be true' })
  acceptTerms: true;

  @ApiPropertyOptional({ example: 'nl', description: 'BCP 47 language tag for the interface, e.g. en, nl, ar, uk' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'locale must be a language tag such as "nl" or "ar"' })
  locale?: string;
}
