import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { RateLimitStore, type Budget, type RateLimitOutcome } from '../rate-limits/rate-limit-store.js';
import { errorBody } from './http-error-body.js';
import { SIGNUP_LIMITED, SKIP_RATE_LIMIT } from './rate-limit.decorators.js';

type MaybeAuthenticated = Request & { user?: { id: string } };

/**
 * Per-address budgets (every request, and sign-ups). Registered before the auth guard, so requests
 * with a missing or bad token are counted too: guessing tokens costs the address its budget.
 */
@Injectable()
export class AddressRateLimitGuard implements CanActivate {
  private readonly perAddress: Budget;
  private readonly signups: Budget;

  constructor(config: AppConfig, store: RateLimitStore) {
    this.perAddress = store.budget('address', config.rateLimits.perAddressPerMinute, 60);
    this.signups = store.budget('signup', config.rateLimits.signupsPerMinute, 60);
  }

  /** Socket.IO events pass synchronously (see AuthGuard); chat has its own per-person limit (ChatRateLimit). */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (!countsAgainstBudgets(context)) return true;
    return this.consume(context);
  }

  private async consume(context: ExecutionContext): Promise<boolean> {
    const address = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    refuseWhenSpent(context, await this.perAddress.consume(address));
    if (Reflect.getMetadata(SIGNUP_LIMITED, context.getHandler()) === true) refuseWhenSpent(context, await this.signups.consume(address));
    return true;
  }
}

/** Per signed-in person (per address on public routes). Registered after the auth guard so the person is known. */
@Injectable()
export class PersonRateLimitGuard implements CanActivate {
  private readonly perPerson: Budget;

  constructor(config: AppConfig, store: RateLimitStore) {
    this.perPerson = store.budget('person', config.rateLimits.perUserPerMinute, 60);
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (!countsAgainstBudgets(context)) return true;
    return this.consume(context);
  }

  private async consume(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<MaybeAuthenticated>();
    refuseWhenSpent(context, await this.perPerson.consume(request.user?.id ?? `address:${request.ip ?? 'unknown'}`));
    return true;
  }
}

function countsAgainstBudgets(context: ExecutionContext): boolean {
  return context.getType() === 'http' && Reflect.getMetadata(SKIP_RATE_LIMIT, context.getHandler()) !== true;
}

function refuseWhenSpent(context: ExecutionContext, outcome: RateLimitOutcome): void {
  if (outcome.allowed) return;
  context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(outcome.retryAfterSeconds));
  throw new HttpException(errorBody(HttpStatus.TOO_MANY_REQUESTS, 'Too many requests; please slow down'), HttpStatus.TOO_MANY_REQUESTS);
}
