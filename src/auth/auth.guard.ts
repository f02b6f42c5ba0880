import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '../common/clock.js';
import type { UserEntity, UserRole } from '../users/user.entity.js';
import { ALLOW_SUSPENDED, AuthenticatedRequest, IS_PUBLIC, OPTIONAL_USER, ROLES } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { TwoFactorGate } from './two-factor/two-factor-gate.js';
import { requestToken } from './web-session/session-credential.js';

/**
 * Global HTTP guard: every route needs a live session (bearer token or web session cookie, see
 * web-session/) unless marked @Public(); roles and suspension are enforced here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    private readonly twoFactor: TwoFactorGate,
  ) {}

  /**
   * Other contexts (Socket.IO events) pass at once, and synchronously: Nest runs global guards for
   * every socket event too, and a promise here would cost each chat message two more promise chains.
   * Sockets are authenticated once, in the handshake (RealtimeGateway).
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    return context.getType() === 'http' ? this.checkHttp(context) : true;
  }

  private async checkHttp(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true) {
      if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_USER, targets) === true) await this.readOptionalUser(context);
      return true;
    }

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = requestToken(request);
    const authenticated = token === undefined ? undefined : await this.auth.authenticate(token);
    if (authenticated === undefined) throw new UnauthorizedException('A valid access token is required');
    request.user = authenticated.user;
    request.sessionId = authenticated.sessionId;

    if (isSuspended(authenticated.user, this.clock.now()) && this.reflector.get<boolean>(ALLOW_SUSPENDED, context.getHandler()) !== true) {
      throw new ForbiddenException('Your account is suspended');
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles !== undefined && !mayActAs(roles, authenticated.user.role)) {
      throw new ForbiddenException('You are not allowed to do this');
    }
    await this.twoFactor.refuseUnenrolled(authenticated.user, context);
    return true;
  }

  /** A public route that shows more to someone signed in: a valid, unsuspended session counts; anything else is nobody. */
  private async readOptionalUser(context: ExecutionContext): Promise<void> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = requestToken(request);
    const authenticated = token === undefined ? undefined : await this.auth.authenticate(token);
    if (authenticated === undefined || isSuspended(authenticated.user, this.clock.now())) return;
    request.user = authenticated.user;
    request.sessionId = authenticated.sessionId;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** A suspension whose time is up no longer counts, even before the job clears it. */
export function isSuspended(user: UserEntity, now: Date): boolean {
  return user.status === 'suspended' && (user.suspendedUntil === null || user.suspendedUntil > now);
}

/** Admins run the platform, so every staff route is theirs too. */
export function mayActAs(roles: UserRole[], role: UserRole): boolean {
  return roles.includes(role) || (role === 'admin' && roles.includes('staff'));
}
