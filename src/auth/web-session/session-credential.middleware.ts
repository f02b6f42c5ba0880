import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../../config/app-config.js';
import { sessionCookiePolicy, type SessionCookiePolicy } from './session-cookie.js';
import { readSessionCredential, rememberCredential } from './session-credential.js';

/** Reads each request's session credential once, before the guards: the bearer header or the session cookie. */
@Injectable()
export class SessionCredentialMiddleware implements NestMiddleware {
  private readonly cookie: SessionCookiePolicy;

  constructor(config: AppConfig) {
    this.cookie = sessionCookiePolicy(config.mail.publicUrl);
  }

  use(request: Request, _response: Response, next: NextFunction): void {
    rememberCredential(request, readSessionCredential(request.headers, this.cookie.name));
    next();
  }
}
