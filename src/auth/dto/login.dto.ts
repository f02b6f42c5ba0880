import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SECOND_FACTOR_DESCRIPTION, SECOND_FACTOR_PATTERN } from '../two-factor/dto/two-factor.dto.js';

export class LoginDto {
  @ApiProperty({ format: 'email' }) @IsString() @IsNotEmpty() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) password: string;
  @ApiPropertyOptional({ example: '123456', pattern: SECOND_FACTOR_PATTERN.source, maxLength: 40, description: `${SECOND_FACTOR_DESCRIPTION}; only for someone with two-factor sign-in, who is answered 401 \`auth.two-factor-required\` without it` })
  @IsOptional() @IsString() @Matches(SECOND_FACTOR_PATTERN, { message: 'code must be six digits or a recovery code' })
  code?: string;
}
