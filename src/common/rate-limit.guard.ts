import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { errorBody } from './http-error-body.js';
import { SIGNUP_LIMITED, SKIP_RATE_LIMIT } from './rate-limit.decorators.js';

type MaybeAuthenticated = Request & { user?: { id: string } };

/**
 * Per-minute budgets: per signed-in person (per address while anonymous), per address, and sign-ups per
 * address. Registered after the auth guard so a person is known when counted. Failed logins have their
 * own database-backed limit in AuthService.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly perPerson: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;
  private readonly signups: RateLimiterMemory;

  constructor(config: AppConfig) {
    const { perUserPerMinute, perAddressPerMinute, signupsPerMinute } = config.rateLimits;
    this.perPerson = new RateLimiterMemory({ keyPrefix: 'person', points: perUserPerMinute, duration: 60 });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: perAddressPerMinute, duration: 60 });
    this.signups = new RateLimiterMemory({ keyPrefix: 'signup', points: signupsPerMinute, duration: 60 });
  }

  /** Socket.IO events pass synchronously (see AuthGuard); chat has its own per-socket limit (ChatRateLimit). */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http' || Reflect.getMetadata(SKIP_RATE_LIMIT, context.getHandler()) === true) return true;
    return this.consume(context);
  }

  private async consume(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<MaybeAuthenticated>();
    const address = request.ip ?? 'unknown';
    try {
      await this.perAddress.consume(address);
      await this.perPerson.consume(request.user?.id ?? `address:${address}`);
      if (Reflect.getMetadata(SIGNUP_LIMITED, context.getHandler()) === true) await this.signups.consume(address);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
      throw new HttpException(errorBody(HttpStatus.TOO_MANY_REQUESTS, 'Too many requests; please slow down'), HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
