import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { SignupLimited } from '../common/rate-limit.decorators.js';
import { ProfileViews } from '../profiles/profile-views.js';
import { AuthResponse } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { AllowSuspended, CurrentSessionId, CurrentUser, Public } from './auth.decorators.js';
import { AuthService, ClientInfo } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { OpenToUnenrolled } from './two-factor/two-factor.decorators.js';
import { EndsWebSession, IssuesWebSession } from './web-session/web-session.decorators.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly views: ProfileViews,
  ) {}

  @Public()
  @SignupLimited()
  @IssuesWebSession(HttpStatus.CREATED)
  @Post('signup')
  @ApiOperation({ summary: 'Create a migrant or host account and sign in' })
  @ApiCreatedResponse({ type: AuthResponse })
  @ApiConflictResponse({ description: 'An account with this email (case-insensitive) exists' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-ups from this address' })
  async signup(@Body() body: SignupDto, @Req() request: Request): Promise<AuthResponse> {
    const { accessToken, user } = await this.auth.signup(body, clientInfo(request));
    return { accessToken, user: await this.views.userView(user) };
  }

  @Public()
  @IssuesWebSession(HttpStatus.OK)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: AuthResponse })
  @ApiUnauthorizedResponse({
    description:
      'Email or password is incorrect (`auth.bad-credentials`, the same message for both). Once the password is right, for someone with two-factor sign-in: `auth.two-factor-required` without `code` (send the request again with it), `auth.bad-two-factor-code` for a wrong or used one (counted as a failed login)',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this email or from this address' })
  async login(@Body() body: LoginDto, @Req() request: Request): Promise<AuthResponse> {
    const { accessToken, user } = await this.auth.login(body.email, body.password, clientInfo(request), body.code);
    return { accessToken, user: await this.views.userView(user) };
  }

  @Post('logout')
  @EndsWebSession()
  @HttpCode(HttpStatus.NO_CONTENT)
  @AllowSuspended()
  @OpenToUnenrolled()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session; its token stops working at once (a suspended person may always log out)' })
  @ApiNoContentResponse()
  async logout(@CurrentSessionId() sessionId: string, @CurrentUser() user: UserEntity): Promise<void> {
    await this.auth.logout(sessionId, user.id);
  }
}

function clientInfo(request: Request): ClientInfo {
  return { address: request.ip ?? 'unknown', userAgent: request.get('user-agent') ?? null };
}
