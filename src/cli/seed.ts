import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrationsLocked } from '../database/migrate.js';
import { syntheticPeople, type SyntheticOptions, type SyntheticPerson } from './synthetic-people.js';

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
  ms: number;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Writes synthetic people straight into the database, one INSERT ... SELECT FROM unnest(...) per
 * table and batch (one array parameter per column). One argon2 hash is shared by all accounts.
 */
export async function seedPeople(db: Queryable, options: SyntheticOptions): Promise<SeedSummary> {
  const started = performance.now();
  const passwordHash = await hashPassword(SEED_PASSWORD);
  let batch: SyntheticPerson[] = [];
  let seeded = 0;
  for (const person of syntheticPeople(options)) {
    batch.push(person);
    if (batch.length === BATCH_SIZE) {
      await insertBatch(db, batch, passwordHash);
      seeded += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await insertBatch(db, batch, passwordHash);
  seeded += batch.length;
  await db.query('ANALYZE users');
  await db.query('ANALYZE profiles');
  return {
    seeded,
    migrants: options.migrants,
    hosts: options.hosts,
    seed: options.seed,
    password: SEED_PASSWORD,
    emails: `seed-${options.seed}-<1..${seeded}>@example.org`,
    ms: Math.round(performance.now() - started),
  };
}

async function insertBatch(db: Queryable, people: SyntheticPerson[], passwordHash: string): Promise<void> {
  const column = <T>(read: (person: SyntheticPerson) => T): T[] => people.map(read);
  const json = (read: (person: SyntheticPerson) => unknown): string[] => people.map((person) => JSON.stringify(read(person)));
  await db.query('BEGIN');
  try {
    await db.query(
      `INSERT INTO users (id, email, password_hash, display_name, role, verification, verified_at, terms_accepted_at, created_at, updated_at)
       SELECT id, email, $3, name, role, verification, CASE WHEN verification = 'verified' THEN created END, created, created, created
       FROM unnest($1::uuid[], $2::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS t(id, email, name, role, verification, created)`,
      [column((p) => p.id), column((p) => p.email), passwordHash, column((p) => p.displayName), column((p) => p.role), column((p) => p.verification), column((p) => p.createdAt)],
    );
    await db.query(
      `INSERT INTO profiles (user_id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon,
         max_distance_km, meet_online, languages, language_codes, learning, interests, availability, timezone, capacity,
         complete, completed_at, updated_at)
       SELECT id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon, max_km, online,
         languages, ARRAY(SELECT jsonb_array_elements(languages) ->> 'code'),
         ARRAY(SELECT jsonb_array_elements_text(learning)), ARRAY(SELECT jsonb_array_elements_text(interests)),
         availability, timezone, capacity, true, completed, completed
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::float8[],
         $11::int[], $12::boolean[], $13::jsonb[], $14::jsonb[], $15::jsonb[], $16::jsonb[], $17::text[], $18::int[], $19::timestamptz[])
         AS t(id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon, max_km, online,
              languages, learning, interests, availability, timezone, capacity, completed)`,
      [
        column((p) => p.id), column((p) => p.bio), column((p) => p.birthYear), column((p) => p.gender), column((p) => p.partnerGender),
        column((p) => p.place.id), column((p) => p.place.name), column((p) => p.place.countryCode), column((p) => p.place.lat), column((p) => p.place.lon),
        column((p) => p.maxDistanceKm), column((p) => p.meetOnline), json((p) => p.languages), json((p) => p.learning), json((p) => p.interests),
        json((p) => p.availability), column((p) => p.timezone), column((p) => p.capacity), column((p) => p.completedAt),
      ],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
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
