import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config.js';
import { AllowSuspended, CurrentSessionId } from '../auth.decorators.js';
import { OpenToUnenrolled } from '../two-factor/two-factor.decorators.js';
import { csrfKey, csrfTokenFor } from './csrf-token.js';
import { CsrfTokenView } from './dto/web-session.views.js';

@ApiTags('auth')
@Controller('auth')
export class WebSessionController {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = csrfKey(config.jwtSecret);
  }

  @Get('csrf')
  @AllowSuspended()
  // The web client asks it on every load to learn whether it is signed in; staff who must still enrol
  // need it to reach the enrolment page at all.
  @OpenToUnenrolled()
  @Header('Cache-Control', 'no-store')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOperation({
    summary: "The session's CSRF token, e.g. for a web client after a reload",
    description: 'Every write authenticated by the session cookie must send it as `X-CSRF-Token` (403 `auth.csrf` otherwise). Bearer requests need none.',
  })
  @ApiOkResponse({ type: CsrfTokenView })
  @ApiUnauthorizedResponse({ description: 'No live session' })
  csrf(@CurrentSessionId() sessionId: string): CsrfTokenView {
    return { csrfToken: csrfTokenFor(this.key, sessionId) };
  }
}
