import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matches1764284400000 implements MigrationInterface {
  name = 'Matches1764284400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE matching_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('running', 'finished', 'failed')),
        dry_run boolean NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        participants int NOT NULL DEFAULT 0,
        proposals int NOT NULL DEFAULT 0,
        total_score double precision NOT NULL DEFAULT 0,
        algorithm text NOT NULL,
        duration_ms int,
        error text
      )`);
    // At most one round runs at a time, also across processes.
    await db.query(`CREATE UNIQUE INDEX matching_runs_one_running ON matching_runs ((true)) WHERE status = 'running'`);

    await db.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        migrant_id uuid NOT NULL REFERENCES users(id),
        host_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('proposed', 'active', 'declined', 'expired', 'ended')),
        accepted_by_migrant boolean NOT NULL DEFAULT false,
        accepted_by_host boolean NOT NULL DEFAULT false,
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
        reasons jsonb NOT NULL DEFAULT '[]',
        proposed_by uuid REFERENCES users(id),
        run_id uuid REFERENCES matching_runs(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz,
        ended_at timestamptz,
        closed_by uuid REFERENCES users(id),
        close_reason text,
        close_note text,
        CHECK (migrant_id <> host_id),
        CHECK (status <> 'active' OR (accepted_by_migrant AND accepted_by_host))
      )`);
    await db.query(`CREATE UNIQUE INDEX matches_one_open_per_migrant ON matches (migrant_id) WHERE status IN ('proposed', 'active')`);
    await db.query(`CREATE INDEX matches_host_open ON matches (host_id) WHERE status IN ('proposed', 'active')`);
    await db.query(`CREATE INDEX matches_migrant ON matches (migrant_id, created_at DESC)`);
    await db.query(`CREATE INDEX matches_host ON matches (host_id, created_at DESC)`);
    await db.query(`CREATE INDEX matches_proposed_created ON matches (created_at) WHERE status = 'proposed'`);

    await db.query(`
      CREATE TABLE pair_exclusions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_low uuid NOT NULL REFERENCES users(id),
        user_high uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('declined', 'blocked')),
        created_by uuid NOT NULL REFERENCES users(id),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (user_low < user_high),
        UNIQUE (user_low, user_high, kind, created_by)
      )`);
    await db.query(`CREATE INDEX pair_exclusions_high ON pair_exclusions (user_high)`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE pair_exclusions`);
    await db.query(`DROP TABLE matches`);
    await db.query(`DROP TABLE matching_runs`);
  }
}
