import { Global, Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit-store.js';

/** One store for every budget (HTTP, chat, socket handshakes), so they all move to Redis together. */
@Global()
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitsModule {}
