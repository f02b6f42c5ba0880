import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round's review: a dry run keeps the pairs it would propose (rank 1 = the best score) so staff
 * can read them before committing; the run records its score distribution and when it was
 * committed or discarded (each at most once, never both).
 */
export class RoundReview1764367200000 implements MigrationInterface {
  name = 'RoundReview1764367200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE matching_runs
        ADD COLUMN score_histogram jsonb,
        ADD COLUMN committed_at timestamptz,
        ADD COLUMN discarded_at timestamptz,
        ADD CONSTRAINT matching_runs_committed_or_discarded CHECK (committed_at IS NULL OR discarded_at IS NULL)`);
    await db.query(`
      CREATE TABLE matching_run_pairs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES matching_runs(id) ON DELETE CASCADE,
        rank int NOT NULL CHECK (rank >= 1),
        migrant_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        host_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        score double precision NOT NULL CHECK (score >= 0 AND score <= 100),
        reasons jsonb NOT NULL DEFAULT '[]',
        migrant_waiting_since timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (run_id, rank),
        UNIQUE (run_id, migrant_id)
      )`);
    await db.query(`CREATE INDEX matching_run_pairs_created_idx ON matching_run_pairs (created_at)`);
    await db.query(`CREATE INDEX matching_run_pairs_migrant_idx ON matching_run_pairs (migrant_id)`);
    await db.query(`CREATE INDEX matching_run_pairs_host_idx ON matching_run_pairs (host_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE matching_run_pairs`);
    await db.query(`
      ALTER TABLE matching_runs DROP CONSTRAINT matching_runs_committed_or_discarded,
        DROP COLUMN discarded_at, DROP COLUMN committed_at, DROP COLUMN score_histogram`);
  }
}
