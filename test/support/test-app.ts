import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { AppOptions, createApp } from '../../src/app.factory.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { createTestDatabase, TestDatabase } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  baseUrl: string;
  http: () => TestAgent;
  close(): Promise<void>;
}

/** The real app (same module, pipes, guards, filters) on its own database and a random port. */
export async function startTestApp(env: Record<string, string> = {}, database?: TestDatabase, options: AppOptions = {}): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...env,
  }).withDatabaseUrl(db.url);
  const app = await createApp(config, options);
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    // A started app left open keeps polling its job queue after the test file has ended.
    await app.close();
    throw error;
  }
  const baseUrl = await app.getUrl();
  return {
    app,
    config,
    baseUrl: baseUrl.replace('[::1]', '127.0.0.1'),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      if (database === undefined) await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TwoApps {
  readonly first: TestApp;
  readonly second: TestApp;
}

/** Two app processes on one database: started before the enclosing block's tests and closed after them. */
export function twoAppsOnOneDatabase(env: Record<string, string> = {}): TwoApps {
  let database: TestDatabase | undefined;
  const apps: { first?: TestApp; second?: TestApp } = {};
  beforeAll(async () => {
    database = await createTestDatabase();
    apps.first = await startTestApp(env, database);
    apps.second = await startTestApp(env, database);
  });
  afterAll(async () => {
    // Both close even when one fails: an app left open keeps polling after the test file has ended.
    const closed = await Promise.allSettled([apps.first?.close(), apps.second?.close()]);
    await database?.drop();
    const failure = closed.find((result) => result.status === 'rejected');
    if (failure !== undefined) throw failure.reason;
  });
  const started = (app: TestApp | undefined): TestApp => {
    if (app === undefined) throw new Error('the two apps start in beforeAll');
    return app;
  };
  return {
    get first() {
      return started(apps.first);
    },
    get second() {
      return started(apps.second);
    },
  };
}
