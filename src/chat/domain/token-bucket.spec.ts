import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses', () => {
    const bucket = new TokenBucket(3, 1, 0);
    expect([bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0)]).toEqual([true, true, true, false]);
  });

  it('refills at the given rate and never beyond its capacity', () => {
    const bucket = new TokenBucket(2, 4, 0);
    bucket.tryTake(0);
    bucket.tryTake(0);
    expect(bucket.tryTake(100)).toBe(false);
    expect(bucket.msUntilNext(100)).toBe(150);
    expect(bucket.tryTake(250)).toBe(true);
    expect(bucket.tryTake(10_000)).toBe(true);
    expect(bucket.tryTake(10_000)).toBe(true);
    expect(bucket.tryTake(10_000)).toBe(false);
  });

  it('ignores a clock that goes backwards', () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.tryTake(1000)).toBe(true);
    expect(bucket.tryTake(0)).toBe(false);
    expect(bucket.msUntilNext(500)).toBe(1000);
  });
});
