import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config.js';
import type { AuthenticatedRequest } from '../auth.decorators.js';
import { CSRF_HEADER, csrfKey, isCsrfTokenOf, isUnsafeMethod } from './csrf-token.js';
import { credentialKindOf } from './session-credential.js';
import { webSessionErrors } from './web-session-errors.js';

/**
 * Global, after the auth guard: a write authenticated by the session cookie must carry the
 * session's CSRF token, or it is refused (403 `auth.csrf`) before anything runs. Bearer requests
 * and reads pass; a browser never attaches a bearer header by itself.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = csrfKey(config.jwtSecret);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & Partial<AuthenticatedRequest>>();
    if (request.sessionId === undefined || credentialKindOf(request) !== 'cookie' || !isUnsafeMethod(request.method)) return true;
    if (isCsrfTokenOf(this.key, request.sessionId, request.headers[CSRF_HEADER])) return true;
    throw webSessionErrors.refusal('auth.csrf', 'A change made with the session cookie needs the X-CSRF-Token header of this session');
  }
}
