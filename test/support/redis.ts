import { createClient } from 'redis';
import { twoAppsOnOneDatabase, type TwoApps } from './test-app.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const client = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}

const reachable = await redisReachable();
if (!reachable && process.env.CI === undefined) {
  console.warn(`Redis is not reachable at ${TEST_REDIS_URL}: the multi-process tests are reported as skipped (CI always runs them).`);
}

/**
 * `describe` for tests that need Redis (several app processes). In CI they always run and fail
 * loudly without Redis; on a laptop without Redis they show as skipped instead of failing.
 */
export const describeWithRedis: jest.Describe = reachable || process.env.CI !== undefined ? describe : describe.skip;

/**
 * Two app processes on one database, fanning out through Redis, as the scaled-out deployment runs:
 * started before the enclosing block's tests and closed after them.
 */
export function twoAppsSharingRedis(env: Record<string, string> = {}): TwoApps {
  return twoAppsOnOneDatabase({ ...env, REDIS_URL: TEST_REDIS_URL });
}
