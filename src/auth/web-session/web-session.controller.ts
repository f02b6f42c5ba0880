import { Controller, Get, Header, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config.js';
import { Public } from '../auth.decorators.js';
import { AuthService } from '../auth.service.js';
import { requestToken } from './session-credential.js';
import { csrfKey, csrfTokenFor } from './csrf-token.js';
import { CsrfTokenView } from './dto/web-session.views.js';

@ApiTags('auth')
@Controller('auth')
export class WebSessionController {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    this.key = csrfKey(config.jwtSecret);
  }

  @Get('csrf')
  // Public, so that a signed-out visitor's first page load asks it without a refused request (which
  // browsers log as an error); it answers whether the request holds a live session, suspended or not
  // (a suspended person may still log out, a write that needs the token).
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Whether this request holds a live session, and if so the session's CSRF token (e.g. for a web client after a reload)",
    description:
      'Always 200: `csrfToken` is null without a live session (no cookie, an ended or unknown one). Every write authenticated by the session cookie must send the token as `X-CSRF-Token` (403 `auth.csrf` otherwise). Bearer requests need none.',
  })
  @ApiOkResponse({ type: CsrfTokenView })
  async csrf(@Req() request: Request): Promise<CsrfTokenView> {
    const token = requestToken(request);
    const authenticated = token === undefined ? undefined : await this.auth.authenticate(token);
    return { csrfToken: authenticated === undefined ? null : csrfTokenFor(this.key, authenticated.sessionId) };
  }
}
