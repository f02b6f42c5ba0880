import { jest } from '@jest/globals';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { JOB_CATALOGUE, JOB_NAMES } from '../src/jobs/job-catalogue.js';
import { JOB_SCHEMA, JobQueue } from '../src/jobs/job-queue.js';
import { SuspensionSweep } from '../src/moderation/suspension-sweep.js';
import { bearer, createStaff, signUp, type SignedUpUser } from './support/factories.js';
import { eventually } from './support/moderation-fixtures.js';
import { createTestDatabase } from './support/test-database.js';
import { startTestApp, twoAppsOnOneDatabase, type TestApp } from './support/test-app.js';

const FAST = { JOB_POLLING_INTERVAL_SECONDS: '1' };

interface JobRow {
  state: string;
  retry_count: number;
}

async function jobRows(t: TestApp, name: string): Promise<JobRow[]> {
  return t.app.get(DataSource).query(`SELECT state::text AS state, retry_count FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [name]);
}

describe('the job queue', () => {
  const apps = twoAppsOnOneDatabase(FAST);
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('puts every scheduled job of the catalogue in place, once for the installation', async () => {
    const rows: Array<{ name: string; cron: string }> = await apps.first.app.get(DataSource).query('SELECT name, cron FROM pgboss.schedule ORDER BY name');
    const scheduled = JOB_NAMES.filter((name) => JOB_CATALOGUE[name].schedule !== null).sort();
    expect(rows).toEqual(scheduled.map((name) => ({ name, cron: JOB_CATALOGUE[name].schedule })));
  });

  it('runs a queued job once although two processes work the queue', async () => {
    const runs: string[] = [];
    for (const [label, app] of [['first', apps.first], ['second', apps.second]] as const) {
      jest.spyOn(app.app.get(SuspensionSweep), 'runOnce').mockImplementation(() => {
        runs.push(label);
        return Promise.resolve([]);
      });
    }
    await apps.first.app.get(JobQueue).send('moderation.end-suspensions');
    await eventually(async () => ((await jobRows(apps.first, 'moderation.end-suspensions')).some((row) => row.state === 'completed') ? true : undefined), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs).toHaveLength(1);
  });

  it('retries a failing run with backoff, and shows staff its state', async () => {
    let attempts = 0;
    for (const app of [apps.first, apps.second]) {
      jest.spyOn(app.app.get(SuspensionSweep), 'runOnce').mockImplementation(() => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('database briefly unreachable')) : Promise.resolve([]);
      });
    }
    const before = (await jobRows(apps.first, 'moderation.end-suspensions')).length;
    await apps.first.app.get(JobQueue).send('moderation.end-suspensions');
    // The first retry waits retryDelaySeconds (10 s): the row says 'retry' meanwhile.
    await eventually(async () => ((await jobRows(apps.first, 'moderation.end-suspensions'))[before]?.state === 'retry' ? true : undefined), 10_000);
    expect(attempts).toBe(1);

    const staff = await createStaff(apps.first);
    const response = await apps.first.http().get('/api/staff/jobs').set(bearer(staff)).expect(200);
    const jobs = response.body as Array<{ name: string; schedule: string | null; retryLimit: number; counts: Record<string, number> }>;
    expect(jobs.map((job) => job.name)).toEqual([...JOB_NAMES]);
    expect(jobs.find((job) => job.name === 'moderation.end-suspensions')).toMatchObject({ schedule: '* * * * *', retryLimit: 3, counts: { retry: 1 } });
    expect(jobs.find((job) => job.name === 'matching.run-round')).toMatchObject({ schedule: null });
  });

  it('keeps the staff view to staff', async () => {
    const person: SignedUpUser = await signUp(apps.first);
    await apps.first.http().get('/api/staff/jobs').set(bearer(person)).expect(403);
    await apps.first.http().get('/api/staff/jobs').expect(401);
  });
});

describe('a job queued while no process works the queue', () => {
  it('runs once a process starts', async () => {
    const database = await createTestDatabase();
    // Migrated and with the queue's tables, then stopped: nothing works the queue.
    const setup = await startTestApp({ SCHEDULED_JOBS: 'off' }, database);
    await setup.close();
    const producer = new PgBoss({ connectionString: database.url, schema: JOB_SCHEMA, max: 1 });
    await producer.start();
    await producer.send('matches.expire-proposals', {});
    await producer.stop({ graceful: false });

    const later = await startTestApp({ ...FAST, SCHEDULED_JOBS: 'off' }, database);
    try {
      await eventually(async () => ((await jobRows(later, 'matches.expire-proposals')).every((row) => row.state === 'completed') ? true : undefined), 10_000);
      expect(await jobRows(later, 'matches.expire-proposals')).toEqual([{ state: 'completed', retry_count: 0 }]);
    } finally {
      await later.close();
      await database.drop();
    }
  });
});
