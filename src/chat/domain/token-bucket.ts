/**
 * A burst allowance that refills steadily: `capacity` events at once, then `refillPerSecond`.
 * Pure: the caller passes the time, so tests need no clock.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAtMs: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.updatedAtMs = nowMs;
  }

  /** Takes one token if there is one. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until the next token, 0 when one is available. */
  msUntilNext(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.refillPerSecond) * 1000);
  }

  private refill(nowMs: number): void {
    if (nowMs <= this.updatedAtMs) return;
    this.tokens = Math.min(this.capacity, this.tokens + ((nowMs - this.updatedAtMs) / 1000) * this.refillPerSecond);
    this.updatedAtMs = nowMs;
  }
}
