import { ExecutionContext, HttpException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Clock } from '../common/clock.js';
import { AddressRateLimitGuard, PersonRateLimitGuard } from '../common/rate-limit.guard.js';
import { RateLimitStore } from '../rate-limits/rate-limit-store.js';
import type { AppConfig } from '../config/app-config.js';
import { AuthGuard } from './auth.guard.js';
import type { AuthService } from './auth.service.js';
import type { TwoFactorGate } from './two-factor/two-factor-gate.js';

class SomeController {
  handle(): void {}
}

function contextOf(type: 'http' | 'ws', request: object = {}): ExecutionContext {
  const response = { setHeader: (): void => undefined };
  return {
    getType: () => type,
    getHandler: () => SomeController.prototype.handle,
    getClass: () => SomeController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => undefined }),
  } as unknown as ExecutionContext;
}

const noAuthService = {
  authenticate: () => {
    throw new Error('a socket event must not reach the session check');
  },
} as unknown as AuthService;
const config = { rateLimits: { perUserPerMinute: 1, perAddressPerMinute: 100, signupsPerMinute: 1 }, dataDir: '/nowhere', redisUrl: undefined } as AppConfig;

describe('the global HTTP guards on Socket.IO events', () => {
  it('AuthGuard lets a socket event through synchronously, without a session check', () => {
    const guard = new AuthGuard(new Reflector(), noAuthService, {} as Clock, {} as TwoFactorGate);
    expect(guard.canActivate(contextOf('ws'))).toBe(true);
  });

  it('AuthGuard still refuses an HTTP request without a token', async () => {
    const guard = new AuthGuard(new Reflector(), noAuthService, {} as Clock, {} as TwoFactorGate);
    await expect(guard.canActivate(contextOf('http', { headers: {} }))).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('the rate-limit guards let socket events through synchronously and do not count them', async () => {
    const store = new RateLimitStore(config);
    const guard = new PersonRateLimitGuard(config, store);
    const addressGuard = new AddressRateLimitGuard(config, store);
    for (let i = 0; i < 5; i += 1) expect(guard.canActivate(contextOf('ws'))).toBe(true);
    for (let i = 0; i < 5; i += 1) expect(addressGuard.canActivate(contextOf('ws'))).toBe(true);
    // One request a minute per person: the socket events above used none of it.
    const request = { ip: '203.0.113.7', user: { id: 'person-1' } };
    await expect(guard.canActivate(contextOf('http', request))).resolves.toBe(true);
    await expect(guard.canActivate(contextOf('http', request))).rejects.toBeInstanceOf(HttpException);
  });
});
