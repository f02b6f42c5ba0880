import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { UserEntity } from '../../users/user.entity.js';
import { CurrentSessionId, CurrentUser } from '../auth.decorators.js';
import { ConfirmEnrolmentDto, DisableTwoFactorDto, RecoveryCodesView, SecondFactorCodeDto, TwoFactorEnrolmentView, TwoFactorStatusView } from './dto/two-factor.dto.js';
import { OpenToUnenrolled } from './two-factor.decorators.js';
import { type Caller, TwoFactorService } from './two-factor.service.js';

const WRONG_CODE = '`two-factor.bad-code` (a wrong or used code; counted as a failed login of the account)';
const TOO_MANY = '`auth.too-many-attempts`: the failed-login limit of the account or the address is reached';

@ApiTags('me: two-factor sign-in')
@ApiBearerAuth()
@OpenToUnenrolled()
@Controller('me/two-factor')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get()
  @ApiOperation({ summary: 'Whether signing in asks this person for an authenticator code, and whether it is required of them' })
  @ApiOkResponse({ type: TwoFactorStatusView })
  status(@CurrentUser() user: UserEntity): Promise<TwoFactorStatusView> {
    return this.twoFactor.status(user);
  }

  @Post('enrolment')
  @ApiOperation({
    summary: 'Start enrolling: a new secret for the authenticator app, as text and as a QR code',
    description: 'Nothing changes at sign-in until the enrolment is confirmed with a code. Calling again replaces a secret still waiting for its code. 409 `two-factor.already-enabled` when two-factor sign-in is on.',
  })
  @ApiCreatedResponse({ type: TwoFactorEnrolmentView })
  @ApiConflictResponse({ description: '`two-factor.already-enabled`' })
  startEnrolment(@CurrentUser() user: UserEntity): Promise<TwoFactorEnrolmentView> {
    return this.twoFactor.startEnrolment(user);
  }

  @Post('enrolment/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Confirm the enrolment with the first code: two-factor sign-in is on (audited as `two-factor.enable`)',
    description: 'Answers ten recovery codes, shown this once. Every other session of the person ends. 409 `two-factor.no-enrolment` without a waiting secret, `two-factor.already-enabled` when on already.',
  })
  @ApiOkResponse({ type: RecoveryCodesView })
  @ApiBadRequestResponse({ description: `Not six digits, or ${WRONG_CODE}` })
  @ApiConflictResponse({ description: '`two-factor.no-enrolment` or `two-factor.already-enabled`' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async confirmEnrolment(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string, @Req() request: Request, @Body() body: ConfirmEnrolmentDto): Promise<RecoveryCodesView> {
    return { recoveryCodes: await this.twoFactor.confirmEnrolment(user, callerOf(request, sessionId), body.code) };
  }

  @Post('recovery-codes')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'New recovery codes for a current code (audited as `two-factor.recovery-codes.regenerate`)',
    description: 'The ten new codes are shown this once; every earlier one stops working. A recovery code is accepted as the proof too (and used up). 409 `two-factor.not-enabled` while off.',
  })
  @ApiOkResponse({ type: RecoveryCodesView })
  @ApiBadRequestResponse({ description: `Malformed, or ${WRONG_CODE}` })
  @ApiConflictResponse({ description: '`two-factor.not-enabled`' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async regenerateRecoveryCodes(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string, @Req() request: Request, @Body() body: SecondFactorCodeDto): Promise<RecoveryCodesView> {
    return { recoveryCodes: await this.twoFactor.regenerateRecoveryCodes(user, callerOf(request, sessionId), body.code) };
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Turn two-factor sign-in off with the password and a code (audited as `two-factor.disable`)',
    description: 'The secret and the recovery codes are deleted; every other session of the person ends. 403 `two-factor.required` for those it is required of; 409 `two-factor.not-enabled` while off.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: `Malformed, \`two-factor.wrong-password\`, or ${WRONG_CODE}` })
  @ApiForbiddenResponse({ description: '`two-factor.required`' })
  @ApiConflictResponse({ description: '`two-factor.not-enabled`' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async disable(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string, @Req() request: Request, @Body() body: DisableTwoFactorDto): Promise<void> {
    await this.twoFactor.disable(user, callerOf(request, sessionId), body.password, body.code);
  }
}

function callerOf(request: Request, sessionId: string): Caller {
  return { sessionId, address: request.ip ?? 'unknown' };
}
