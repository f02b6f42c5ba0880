import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrationsLocked } from '../database/migrate.js';
import { EXAMPLE_PROGRAMMES } from './example-programmes.js';
import { syntheticPeople, type SyntheticOptions, type SyntheticPerson } from './synthetic-people.js';
import { SyntheticPeopleRepository, type Queryable, type SeededProgramme } from './synthetic-people.repository.js';

/** Every seeded account signs in with this password (printed in the summary). */
export const SEED_PASSWORD = 'seeded-common-ground';
const BATCH_SIZE = 5_000;

export interface SeedSummary {
  seeded: number;
  migrants: number;
  hosts: number;
  seed: number;
  password: string;
  emails: string;
  /** The example programmes the people were offered, with how many of them joined each. */
  programmes: Array<{ name: string; members: number }>;
  ms: number;
}

/**
 * Writes synthetic people in batches of BATCH_SIZE (see SyntheticPeopleRepository), then refreshes
 * the planner's statistics. One argon2 hash is shared by all accounts.
 */
export async function seedPeople(db: Queryable, options: SyntheticOptions): Promise<SeedSummary> {
  const started = performance.now();
  const people = new SyntheticPeopleRepository(db);
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const programmes = await exampleProgrammes(people);
  const now = new Date();
  let batch: SyntheticPerson[] = [];
  let seeded = 0;
  for (const person of syntheticPeople(options)) {
    batch.push(person);
    if (batch.length === BATCH_SIZE) {
      await people.insertBatch(batch, passwordHash, programmes, now);
      seeded += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await people.insertBatch(batch, passwordHash, programmes, now);
  seeded += batch.length;
  await people.analyze();
  return {
    seeded,
    migrants: options.migrants,
    hosts: options.hosts,
    seed: options.seed,
    password: SEED_PASSWORD,
    emails: `seed-${options.seed}-<1..${seeded}>@example.org`,
    programmes: await Promise.all(EXAMPLE_PROGRAMMES.map(async (example, index) => ({ name: example.programme.name, members: await people.countMembers(programmes[index].id) }))),
    ms: Math.round(performance.now() - started),
  };
}

/** The example organisations and programmes (made unless they exist by name), with their centres resolved. */
async function exampleProgrammes(people: SyntheticPeopleRepository): Promise<SeededProgramme[]> {
  const seeded: SeededProgramme[] = [];
  for (const example of EXAMPLE_PROGRAMMES) {
    const programme = await people.ensureExample(example);
    const place = programme.region.placeId === null || programme.region.placeId === undefined ? undefined : await people.placeLocation(programme.region.placeId);
    seeded.push({ ...programme, centre: place === undefined || (programme.region.radiusKm ?? null) === null ? null : place });
  }
  return seeded;
}

/** `npm run cli -- seed`: migrates, seeds, prints one summary JSON line. */
export async function seedCommand(config: AppConfig, options: SyntheticOptions): Promise<void> {
  if (config.databaseUrl === undefined) throw new Error('database not resolved');
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 1)).initialize();
  try {
    await runMigrationsLocked(dataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      console.log(JSON.stringify(await seedPeople({ query: (sql, parameters) => runner.query(sql, parameters) }, options)));
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
