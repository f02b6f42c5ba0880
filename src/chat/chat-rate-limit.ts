import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { chatErrors } from './chat-errors.js';
import { TokenBucket } from './domain/token-bucket.js';
import type { RealtimeSocket } from '../realtime/rooms.js';

/** Per socket: a burst allowance of events, then a steady rate (CHAT_RATE_LIMIT_BURST / _PER_SECOND). */
@Injectable()
export class ChatRateLimit {
  private readonly buckets = new WeakMap<RealtimeSocket, TokenBucket>();

  constructor(private readonly config: AppConfig) {}

  /** Throws a `rate-limited` refusal once the socket's allowance is spent. */
  take(socket: RealtimeSocket): void {
    if (this.tryTake(socket)) return;
    const { burst, perSecond } = this.config.chatRateLimit;
    const retryMs = this.bucket(socket).msUntilNext(performance.now());
    throw chatErrors.refusal(
      'chat.rate-limited',
      `rate-limited: at most ${burst} events at once and ${perSecond} per second; retry in ${retryMs} ms`,
      { retryAfterMs: retryMs },
    );
  }

  tryTake(socket: RealtimeSocket): boolean {
    return this.bucket(socket).tryTake(performance.now());
  }

  private bucket(socket: RealtimeSocket): TokenBucket {
    let bucket = this.buckets.get(socket);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.config.chatRateLimit.burst, this.config.chatRateLimit.perSecond, performance.now());
      this.buckets.set(socket, bucket);
    }
    return bucket;
  }
}
