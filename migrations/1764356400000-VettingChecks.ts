import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vetting records that expire: each organisation's current record of a volunteer's checks (one
 * per kind), the kinds each organisation requires (none for existing ones, so matching stays as
 * it was until staff choose), and beside each vetting the moment its required checks stop
 * clearing the volunteer, which candidate queries compare with the time.
 */
export class VettingChecks1764356400000 implements MigrationInterface {
  name = 'VettingChecks1764356400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations ADD COLUMN required_vetting_checks text[] NOT NULL DEFAULT '{}'
      CHECK (required_vetting_checks <@ ARRAY['identity', 'certificate-of-conduct', 'references', 'safeguarding-training']::text[])`);
    await db.query(`ALTER TABLE volunteer_vettings ADD COLUMN checks_cleared_until timestamptz NOT NULL DEFAULT 'infinity'`);
    await db.query(`
      CREATE TABLE vetting_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('identity', 'certificate-of-conduct', 'references', 'safeguarding-training')),
        checked_on date NOT NULL,
        expires_on date CHECK (expires_on > checked_on),
        note text CHECK (char_length(note) <= 1000),
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        reminded_for date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vetting_checks_one_per_kind UNIQUE (organisation_id, user_id, kind)
      )`);
    await db.query(`CREATE INDEX vetting_checks_user ON vetting_checks (user_id)`);
    await db.query(`CREATE INDEX vetting_checks_expiring ON vetting_checks (expires_on) WHERE expires_on IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vetting_checks`);
    await db.query(`ALTER TABLE volunteer_vettings DROP COLUMN checks_cleared_until`);
    await db.query(`ALTER TABLE organisations DROP COLUMN required_vetting_checks`);
  }
}
