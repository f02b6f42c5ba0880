import { Body, Controller, Delete, Get, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { PrivacyService } from './privacy.service.js';

export class EraseAccountDto {
  @ApiProperty({ description: 'The account password, re-entered' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('export')
  @ApiOperation({ summary: 'Everything stored about the caller, as JSON (GDPR art. 15 and 20)' })
  @ApiOkResponse({ description: '`{exportedAt, account, sessions, profile, ...}`, one section per feature', schema: { type: 'object', additionalProperties: true } })
  exportData(@CurrentUser() user: UserEntity): Promise<Record<string, unknown>> {
    return this.privacy.exportData(user);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Erase the account',
    description: 'Profile and location deleted, message bodies replaced by a tombstone, matches ended, sessions revoked, email freed.',
  })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'Wrong password; nothing was erased' })
  async erase(@CurrentUser() user: UserEntity, @Body() body: EraseAccountDto): Promise<void> {
    await this.privacy.erase(user, body.password);
  }
}
