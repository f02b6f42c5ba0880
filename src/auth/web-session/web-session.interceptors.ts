import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { AppConfig } from '../../config/app-config.js';
import type { AuthResponse } from '../../users/dto/user.view.js';
import { SessionsRepository } from '../sessions.repository.js';
import { csrfKey, csrfTokenFor } from './csrf-token.js';
import type { WebSessionResponse } from './dto/web-session.views.js';
import { clearedSessionCookieOptions, SESSION_MODE_HEADER, sessionCookieOptions, sessionCookiePolicy, wantsCookieSession, type SessionCookiePolicy } from './session-cookie.js';
import { credentialKindOf } from './session-credential.js';
import { sessionIdOfIssuedToken } from './issued-token.js';

/**
 * On sign-up and login: when the client asks for a cookie session (`X-Session-Mode: cookie`), the
 * token goes into the httpOnly session cookie, expiring with its session, and the body carries the
 * session's CSRF token instead; no script ever sees the token. Otherwise the answer is unchanged.
 */
@Injectable()
export class IssueWebSessionInterceptor implements NestInterceptor<AuthResponse, AuthResponse | WebSessionResponse> {
  private readonly cookie: SessionCookiePolicy;
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly sessions: SessionsRepository,
  ) {
    this.cookie = sessionCookiePolicy(config.mail.publicUrl);
    this.key = csrfKey(config.jwtSecret);
  }

  intercept(context: ExecutionContext, next: CallHandler<AuthResponse>): Observable<AuthResponse | WebSessionResponse> {
    const http = context.switchToHttp();
    if (!wantsCookieSession(http.getRequest<Request>().headers[SESSION_MODE_HEADER])) return next.handle();
    const response = http.getResponse<Response>();
    return next.handle().pipe(mergeMap((signedIn) => from(this.toCookie(signedIn, response))));
  }

  private async toCookie(signedIn: AuthResponse, response: Response): Promise<WebSessionResponse> {
    const sessionId = sessionIdOfIssuedToken(signedIn.accessToken);
    const session = await this.sessions.findSessionById(sessionId);
    if (session === null) throw new Error('The session just started is missing');
    response.cookie(this.cookie.name, signedIn.accessToken, sessionCookieOptions(this.cookie, session.expiresAt));
    response.setHeader('Cache-Control', 'no-store');
    return { user: signedIn.user, csrfToken: csrfTokenFor(this.key, sessionId) };
  }
}

/** On logout: a session that came from the cookie clears the cookie too. */
@Injectable()
export class EndWebSessionInterceptor implements NestInterceptor {
  private readonly cookie: SessionCookiePolicy;

  constructor(config: AppConfig) {
    this.cookie = sessionCookiePolicy(config.mail.publicUrl);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    if (credentialKindOf(http.getRequest<Request>()) !== 'cookie') return next.handle();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        response.clearCookie(this.cookie.name, clearedSessionCookieOptions(this.cookie));
        return body;
      }),
    );
  }
}
