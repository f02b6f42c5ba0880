import { Body, Controller, HttpCode, HttpStatus, Post, Put, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentSessionId, CurrentUser, Public } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { ChangePasswordDto, EmailTokenDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/account-recovery.dto.js';

@ApiTags('auth')
@Controller()
export class AccountRecoveryController {
  constructor(private readonly recovery: AccountRecoveryService) {}

  @Public()
  @Post('auth/verify-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Verify the address with the token from the verification email (no session needed)' })
  @ApiNoContentResponse({ description: 'The address is verified' })
  @ApiBadRequestResponse({ description: 'Unknown, used or expired token (links last 7 days)' })
  verifyEmail(@Body() body: EmailTokenDto): Promise<void> {
    return this.recovery.verifyEmail(body.token);
  }

  @Post('auth/verify-email/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Send a new verification link to the caller', description: 'Nothing is sent when the address is verified already, and one email for repeated calls within a minute; the answer is 202 either way.' })
  @ApiAcceptedResponse({ description: 'Queued (or nothing to send)' })
  resend(@CurrentUser() user: UserEntity): Promise<void> {
    return this.recovery.resendVerification(user);
  }

  @Public()
  @Post('auth/password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Email a password-reset link (single use, valid 60 minutes)', description: 'The same 202 for every email, unknown ones included. Rate limited per email and per address (429 alike for known and unknown emails).' })
  @ApiAcceptedResponse({ description: 'A link is on its way if the account exists' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests for this email or from this address within an hour' })
  requestReset(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<void> {
    return this.recovery.requestPasswordReset(body.email, request.ip ?? 'unknown');
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token from the reset link; every session of the account ends' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Used, expired or unknown token; or a password the sign-up rules refuse (the token then still works)' })
  confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.recovery.confirmPasswordReset(body.token, body.password);
  }

  @Put('me/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Change the caller's password; every other session ends" })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The current password is wrong, or the new one is refused by the sign-up rules' })
  changePassword(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string, @Body() body: ChangePasswordDto): Promise<void> {
    return this.recovery.changePassword(user, sessionId, body.currentPassword, body.newPassword);
  }
}
