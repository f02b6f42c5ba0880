import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class EmailTokenDto {
  @ApiProperty({ description: 'The token from the link in the email (`?token=` or `#…token=`)' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  token: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the reset link' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'The new password: the sign-up rules apply (not one of the most common ones)' })
  @IsString() @MaxLength(1024)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 1024 })
  @IsString() @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 128, description: 'The sign-up rules apply (not one of the most common ones)' })
  @IsString() @MaxLength(1024)
  newPassword: string;
}
