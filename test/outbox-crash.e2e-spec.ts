import pg from 'pg';
import { activePairForChildApp, buildAppForChildProcess, childAppDatabase, freePort, startChildApp, type ChildApp, type ChildAppDatabase, type ChildAppPair } from './support/child-app.js';
import { bearer } from './support/factories.js';

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

const serverUrl = process.env.TEST_DATABASE_URL;
const haveServer = serverUrl !== undefined && serverUrl !== '';
if (!haveServer && process.env.CI !== undefined) throw new Error('CI runs the outbox crash test against a PostgreSQL server: set TEST_DATABASE_URL');
if (!haveServer) console.warn('TEST_DATABASE_URL is not set: the outbox crash test needs to watch the database from outside the app, and is reported as skipped.');

/**
 * Watching the commit from outside the app needs a database server: an embedded database belongs
 * to the process that is killed.
 */
const describeWithServer: jest.Describe = haveServer ? describe : describe.skip;

describeWithServer('events survive the app being killed between commit and delivery (SIGKILL)', () => {
  let database: ChildAppDatabase;
  let pair: ChildAppPair;
  let db: pg.Client;
  let app: ChildApp | undefined;

  beforeAll(async () => {
    await buildAppForChildProcess();
    database = await childAppDatabase();
    pair = await activePairForChildApp(database);
    db = new pg.Client({ connectionString: (await database.open()).url });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    app?.process.kill('SIGKILL');
    await app?.exited;
    await db.end();
    await database.drop();
  });

  const count = async (sql: string, parameters: unknown[]): Promise<number> => Number((await db.query<{ count: string }>(sql, parameters)).rows[0].count);
  const notificationsOfHost = (): Promise<number> => count(`SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'match.ended'`, [pair.host.id]);
  const undelivered = (): Promise<number> => count(`SELECT count(*) FROM domain_events WHERE name = 'match.ended' AND delivered_at IS NULL`, []);

  async function start(): Promise<ChildApp> {
    return startChildApp({ ...database.childEnv, JWT_SECRET, JOB_POLLING_INTERVAL_SECONDS: '1' }, await freePort());
  }

  it('stores the notification exactly once after a restart', async () => {
    // The delivery's insert waits on a lock the test holds: the change commits, its delivery hangs.
    await db.query(`BEGIN`);
    await db.query(`LOCK TABLE notifications IN EXCLUSIVE MODE`);
    app = await start();

    const ended = await fetch(`${app.baseUrl}/api/matches/${pair.matchId}/end`, {
      method: 'POST',
      headers: { ...bearer(pair.migrant), 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'We both moved' }),
    });
    expect(ended.status).toBe(200);
    expect(await count(`SELECT count(*) FROM matches WHERE id = $1 AND status = 'ended'`, [pair.matchId])).toBe(1);
    expect(await undelivered()).toBe(1);

    app.process.kill('SIGKILL');
    await app.exited;
    app = undefined;
    // The server would only notice the dead client when it answers; end its sessions (and the
    // insert still waiting for the lock) as a restarted server or a network timeout would.
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    await db.query(`ROLLBACK`);
    expect(await notificationsOfHost()).toBe(0);
    expect(await undelivered()).toBe(1);

    app = await start();
    const deadline = Date.now() + 20_000;
    while ((await notificationsOfHost()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await notificationsOfHost()).toBe(1);
    // The event is marked delivered just after its listeners ran.
    while ((await undelivered()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await undelivered()).toBe(0);

    // Delivered once more (as a second process starting, or a retry, would), it still adds nothing.
    await db.query(`UPDATE domain_events SET delivered_at = NULL WHERE name = 'match.ended'`);
    const second = await start();
    try {
      const again = Date.now() + 20_000;
      while ((await undelivered()) > 0 && Date.now() < again) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await undelivered()).toBe(0);
      expect(await notificationsOfHost()).toBe(1);
    } finally {
      second.process.kill('SIGKILL');
      await second.exited;
    }
  }, 240_000);
});
