import { applyDecorators, HttpStatus, UseInterceptors } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { AuthResponse } from '../../users/dto/user.view.js';
import { WebSessionResponse } from './dto/web-session.views.js';
import { EndWebSessionInterceptor, IssueWebSessionInterceptor } from './web-session.interceptors.js';

/**
 * A sign-in route that can start a web (cookie) session. Place it above the route's own success
 * response: it describes that status anew, as either answer.
 */
export function IssuesWebSession(status: HttpStatus.OK | HttpStatus.CREATED): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IssueWebSessionInterceptor),
    ApiHeader({
      name: 'X-Session-Mode',
      required: false,
      enum: ['cookie'],
      description:
        '`cookie` (web clients): the session token is set as an httpOnly, Secure, SameSite=Strict cookie expiring with the session, ' +
        'and the answer is `{user, csrfToken}` without `accessToken`. Left out: `{accessToken, user}` as always.',
    }),
    ApiExtraModels(AuthResponse, WebSessionResponse),
    ApiResponse({
      status,
      description: '`{accessToken, user}`, or with `X-Session-Mode: cookie` `{user, csrfToken}` and the session cookie',
      schema: { oneOf: [{ $ref: getSchemaPath(AuthResponse) }, { $ref: getSchemaPath(WebSessionResponse) }] },
    }),
  );
}

/** Logout: a cookie session's cookie is cleared with it. */
export function EndsWebSession(): MethodDecorator {
  return UseInterceptors(EndWebSessionInterceptor);
}
