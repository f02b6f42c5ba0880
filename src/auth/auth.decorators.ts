import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { UserEntity, UserRole } from '../users/user.entity.js';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_SUSPENDED = 'auth:allow-suspended';
export const OPTIONAL_USER = 'auth:optional-user';

/** No token needed (sign-up, login, reference data, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
/**
 * No token needed, but a valid one is read: the route answers anyone and may show the signed-in
 * caller more (`@OptionalUser()`). A missing, invalid or expired token is simply nobody.
 */
export const PublicWithOptionalUser = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(OPTIONAL_USER, true));
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

/** The signed-in caller on a `@PublicWithOptionalUser()` route, or undefined for nobody. */
export const OptionalUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): UserEntity | undefined => {
  return ctx.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().user;
});
