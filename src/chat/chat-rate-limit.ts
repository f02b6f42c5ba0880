import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { RateLimitStore, type Budget } from '../rate-limits/rate-limit-store.js';
import { chatErrors } from './chat-errors.js';

/**
 * Per person, however many sockets they open: CHAT_RATE_LIMIT_BURST events in a window of
 * BURST / PER_SECOND seconds (30 in 6 s by default), shared by every process when REDIS_URL is set.
 */
@Injectable()
export class ChatRateLimit {
  private readonly budget: Budget;
  private readonly burst: number;
  private readonly windowSeconds: number;

  constructor(config: AppConfig, store: RateLimitStore) {
    const { burst, perSecond } = config.chatRateLimit;
    this.burst = burst;
    this.windowSeconds = Math.max(1, Math.ceil(burst / perSecond));
    this.budget = store.budget('chat', burst, this.windowSeconds);
  }

  /** Throws a `rate-limited` refusal once the person's allowance is spent. */
  async take(userId: string): Promise<void> {
    const outcome = await this.budget.consume(userId);
    if (outcome.allowed) return;
    throw chatErrors.refusal(
      'chat.rate-limited',
      `rate-limited: at most ${this.burst} events in ${this.windowSeconds} seconds; retry in ${outcome.retryAfterMs} ms`,
      { retryAfterMs: outcome.retryAfterMs },
    );
  }

  async tryTake(userId: string): Promise<boolean> {
    return (await this.budget.consume(userId)).allowed;
  }
}
