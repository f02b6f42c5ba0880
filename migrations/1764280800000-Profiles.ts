import { MigrationInterface, QueryRunner } from 'typeorm';

export class Profiles1764280800000 implements MigrationInterface {
  name = 'Profiles1764280800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        bio text CHECK (char_length(bio) <= 1000),
        birth_year int,
        gender text CHECK (gender IN ('female', 'male', 'nonbinary', 'unspecified')),
        partner_gender text CHECK (partner_gender IN ('any', 'same')),
        place_id text,
        place_name text,
        country_code text,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        max_distance_km int CHECK (max_distance_km > 0),
        meet_online boolean NOT NULL DEFAULT false,
        languages jsonb NOT NULL DEFAULT '[]',
        language_codes text[] NOT NULL DEFAULT '{}',
        learning text[] NOT NULL DEFAULT '{}',
        interests text[] NOT NULL DEFAULT '{}',
        availability jsonb NOT NULL DEFAULT '[]',
        timezone text,
        capacity int CHECK (capacity BETWEEN 1 AND 5),
        complete boolean NOT NULL DEFAULT false,
        completed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Candidate search: language overlap, then distance, among complete profiles only.
    await db.query(`CREATE INDEX profiles_language_codes ON profiles USING gin (language_codes) WHERE complete`);
    await db.query(`CREATE INDEX profiles_earth ON profiles USING gist (ll_to_earth(lat, lon)) WHERE complete AND lat IS NOT NULL`);
    await db.query(`CREATE INDEX profiles_online ON profiles (meet_online) WHERE complete AND meet_online`);
    await db.query(`CREATE INDEX users_matchable ON users (role, status, verification) WHERE erased_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_matchable`);
    await db.query(`DROP TABLE profiles`);
  }
}
