import type { Page } from '../src/common/pagination.js';
import { connectChat, send, sentMessage } from './support/chat.js';
import { activePairForChildApp, buildAppForChildProcess, ChildApp, ChildAppDatabase, childAppDatabase, freePort, startChildApp } from './support/child-app.js';

/** The same secret as the in-process setup app's, so its tokens are valid in the child. */
const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

interface Report {
  source: string;
  reason: string;
  messageId: string | null;
  flags: Array<{ kind: string }>;
}

/**
 * The TypeScript suites scan chat messages on the main thread (their sources have no compiled
 * worker); the built app scans them on a worker thread (FlagScanner). This runs the built app.
 */
describe('automatic flags in the built app, scanned on a worker thread', () => {
  let database: ChildAppDatabase;
  let child: ChildApp | undefined;

  beforeAll(async () => {
    await buildAppForChildProcess();
    database = await childAppDatabase();
  }, 300_000);
  afterAll(async () => {
    child?.process.kill('SIGKILL');
    await database?.drop();
  });

  it('opens an auto report for a chat message that shares a phone number, and none for a harmless one', async () => {
    const { host, matchId, staff } = await activePairForChildApp(database, { withStaff: true });
    if (staff === undefined) throw new Error('asked for a staff account');

    child = await startChildApp({ ...database.childEnv, JWT_SECRET }, await freePort());
    const socket = await connectChat(child.baseUrl, host);
    const harmless = sentMessage(await send(socket, matchId, 'See you at the library on Tuesday'));
    const flagged = sentMessage(await send(socket, matchId, 'Text me on +31 6 12345678 instead'));
    socket.close();

    const autoReports = async (): Promise<Report[]> => {
      const response = await fetch(`${child?.baseUrl}/api/staff/reports?status=open`, { headers: { authorization: `Bearer ${staff.accessToken}` } });
      expect(response.status).toBe(200);
      return ((await response.json()) as Page<Report>).items.filter((report) => report.source === 'auto');
    };
    let reports: Report[] = [];
    for (const started = Date.now(); reports.length === 0 && Date.now() - started < 10_000; ) {
      reports = await autoReports();
      if (reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(reports).toEqual([expect.objectContaining({ messageId: flagged.id, reason: 'safety', flags: [expect.objectContaining({ kind: 'phone' })] })]);
    expect(reports.some((report) => report.messageId === harmless.id)).toBe(false);
    // A worker that failed to start or died would be logged (and its batches scanned on the main thread).
    expect(child.output()).not.toMatch(/Flag scanner worker/);

    child.process.kill('SIGTERM');
    await child.exited;
    child = undefined;
  });
});
