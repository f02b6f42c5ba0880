import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { UserEntity, UserRole } from '../users/user.entity.js';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_SUSPENDED = 'auth:allow-suspended';

/** No token needed (sign-up, login, reference data, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: UserRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
/** A suspended person may still call this route (`GET /api/me`, and logging out). */
export const AllowSuspended = (): MethodDecorator => SetMetadata(ALLOW_SUSPENDED, true);

export interface AuthenticatedRequest extends Request {
  user: UserEntity;
  sessionId: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): UserEntity => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
});

export const CurrentSessionId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionId;
});
