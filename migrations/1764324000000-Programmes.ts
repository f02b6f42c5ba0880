import { MigrationInterface, QueryRunner } from 'typeorm';

// Repeated here, not imported: a migration must keep meaning what it meant when it was written.
const DEFAULT_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';
const DEFAULT_PROGRAMME_ID = '00000000-0000-4000-8000-000000000002';

/**
 * Organisations run programmes; every person takes part through memberships, every match and
 * matching round belongs to one programme, and volunteers are vetted per organisation. Existing
 * data moves into one default organisation and its open programme without extra rules.
 */
export class Programmes1764324000000 implements MigrationInterface {
  name = 'Programmes1764324000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX organisations_name_unique ON organisations (lower(name))`);
    await db.query(`INSERT INTO organisations (id, name, country_code) VALUES ($1, 'Common Ground', 'ZZ')`, [DEFAULT_ORGANISATION_ID]);

    await db.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        region jsonb NOT NULL DEFAULT '{"countryCodes": []}',
        rules jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX programmes_organisation ON programmes (organisation_id, created_at)`);
    await db.query(`CREATE INDEX programmes_open ON programmes (created_at) WHERE status = 'open'`);
    await db.query(
      `INSERT INTO programmes (id, organisation_id, name, description, status) VALUES ($1, $2, 'Common Ground', 'Newcomers and local volunteers meet for conversation, wherever they live.', 'open')`,
      [DEFAULT_PROGRAMME_ID, DEFAULT_ORGANISATION_ID],
    );

    await db.query(`
      CREATE TABLE programme_memberships (
        programme_id uuid NOT NULL REFERENCES programmes(id),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('migrant', 'host')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
        share_history boolean NOT NULL DEFAULT false,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        PRIMARY KEY (programme_id, user_id),
        CHECK ((status = 'left') = (left_at IS NOT NULL))
      )`);
    // Candidate search filters by programme and side first.
    await db.query(`CREATE INDEX programme_memberships_active ON programme_memberships (programme_id, role, user_id) WHERE status = 'active'`);
    await db.query(`CREATE INDEX programme_memberships_user ON programme_memberships (user_id, joined_at)`);
    await db.query(`
      INSERT INTO programme_memberships (programme_id, user_id, role, joined_at)
      SELECT $1, id, role, created_at FROM users WHERE role IN ('migrant', 'host') AND erased_at IS NULL`, [DEFAULT_PROGRAMME_ID]);

    await db.query(`
      CREATE TABLE volunteer_vettings (
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        verification text NOT NULL DEFAULT 'pending' CHECK (verification IN ('pending', 'verified', 'rejected')),
        note text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await db.query(`CREATE INDEX volunteer_vettings_user ON volunteer_vettings (user_id)`);
    await db.query(`CREATE INDEX volunteer_vettings_queue ON volunteer_vettings (organisation_id, verification, created_at)`);
    await db.query(`
      INSERT INTO volunteer_vettings (organisation_id, user_id, verification, note, decided_by, decided_at, created_at)
      SELECT $1, id, verification, verification_note, verified_by, verified_at, created_at FROM users WHERE role = 'host' AND erased_at IS NULL`, [DEFAULT_ORGANISATION_ID]);
    await db.query(`DROP INDEX users_matchable`);
    await db.query(`DROP INDEX users_role_verification`);
    await db.query(`ALTER TABLE users DROP COLUMN verification, DROP COLUMN verification_note, DROP COLUMN verified_by, DROP COLUMN verified_at`);
    await db.query(`CREATE INDEX users_matchable ON users (role, status) WHERE erased_at IS NULL`);

    // Staff coordinate exactly one organisation; admins run the platform and may coordinate one too.
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('migrant', 'host', 'staff', 'admin'))`);
    await db.query(`ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations(id)`);
    await db.query(`UPDATE users SET organisation_id = $1 WHERE role = 'staff'`, [DEFAULT_ORGANISATION_ID]);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_organisation_by_role CHECK (CASE role WHEN 'staff' THEN organisation_id IS NOT NULL WHEN 'admin' THEN true ELSE organisation_id IS NULL END)`);
    await db.query(`CREATE INDEX users_organisation ON users (organisation_id) WHERE organisation_id IS NOT NULL`);

    // Matches: a programme each, and the programme's terms as they were when the match was proposed.
    await db.query(`ALTER TABLE matches ADD COLUMN programme_id uuid REFERENCES programmes(id)`);
    await db.query(`UPDATE matches SET programme_id = $1`, [DEFAULT_PROGRAMME_ID]);
    await db.query(`ALTER TABLE matches ALTER COLUMN programme_id SET NOT NULL`);
    await db.query(`ALTER TABLE matches ADD COLUMN match_weeks int CHECK (match_weeks > 0), ADD COLUMN check_in_weeks int CHECK (check_in_weeks > 0)`);
    await db.query(`DROP INDEX matches_one_open_per_migrant`);
    await db.query(`CREATE UNIQUE INDEX matches_one_open_per_migrant_programme ON matches (migrant_id, programme_id) WHERE status IN ('proposed', 'active')`);
    await db.query(`CREATE INDEX matches_programme ON matches (programme_id, status)`);

    await db.query(`ALTER TABLE matching_runs ADD COLUMN programme_id uuid REFERENCES programmes(id)`);
    await db.query(`UPDATE matching_runs SET programme_id = $1`, [DEFAULT_PROGRAMME_ID]);
    await db.query(`ALTER TABLE matching_runs ALTER COLUMN programme_id SET NOT NULL`);
    await db.query(`DROP INDEX matching_runs_one_running`);
    await db.query(`CREATE UNIQUE INDEX matching_runs_one_running_per_programme ON matching_runs (programme_id) WHERE status = 'running'`);

    // Which organisation's staff see a report or an audit entry; null: the platform's admins only.
    // A constant default fills existing rows without an UPDATE, which the audit log refuses.
    await db.query(`ALTER TABLE reports ADD COLUMN organisation_id uuid REFERENCES organisations(id) DEFAULT '${DEFAULT_ORGANISATION_ID}'`);
    await db.query(`ALTER TABLE reports ALTER COLUMN organisation_id DROP DEFAULT`);
    await db.query(`CREATE INDEX reports_organisation_queue ON reports (organisation_id, status, created_at, id)`);
    await db.query(`ALTER TABLE audit_log ADD COLUMN organisation_id uuid DEFAULT '${DEFAULT_ORGANISATION_ID}'`);
    await db.query(`ALTER TABLE audit_log ALTER COLUMN organisation_id DROP DEFAULT`);
    await db.query(`CREATE INDEX audit_log_organisation ON audit_log (organisation_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE check_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches(id),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        score int NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        wants_contact boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX check_ins_programme ON check_ins (programme_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX check_ins_attention ON check_ins (programme_id, created_at DESC, id DESC) WHERE score <= 2 OR wants_contact`);
    await db.query(`CREATE INDEX check_ins_match ON check_ins (match_id, user_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE check_ins`);
    await db.query(`DROP INDEX audit_log_organisation`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN organisation_id`);
    await db.query(`DROP INDEX reports_organisation_queue`);
    await db.query(`ALTER TABLE reports DROP COLUMN organisation_id`);
    await db.query(`DROP INDEX matching_runs_one_running_per_programme`);
    await db.query(`ALTER TABLE matching_runs DROP COLUMN programme_id`);
    await db.query(`CREATE UNIQUE INDEX matching_runs_one_running ON matching_runs ((true)) WHERE status = 'running'`);
    await db.query(`DROP INDEX matches_programme`);
    await db.query(`DROP INDEX matches_one_open_per_migrant_programme`);
    // Only the default programme's open matches come back under the one-per-migrant rule.
    await db.query(`UPDATE matches SET status = 'ended', ended_at = now() WHERE status IN ('proposed', 'active') AND programme_id <> $1`, [DEFAULT_PROGRAMME_ID]);
    await db.query(`ALTER TABLE matches DROP COLUMN programme_id, DROP COLUMN match_weeks, DROP COLUMN check_in_weeks`);
    await db.query(`CREATE UNIQUE INDEX matches_one_open_per_migrant ON matches (migrant_id) WHERE status IN ('proposed', 'active')`);
    await db.query(`DROP INDEX users_organisation`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_organisation_by_role`);
    await db.query(`ALTER TABLE users DROP COLUMN organisation_id`);
    await db.query(`UPDATE users SET role = 'staff' WHERE role = 'admin'`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('migrant', 'host', 'staff'))`);
    await db.query(`DROP INDEX users_matchable`);
    await db.query(`
      ALTER TABLE users ADD COLUMN verification text CHECK (verification IN ('pending', 'verified', 'rejected')),
        ADD COLUMN verification_note text, ADD COLUMN verified_by uuid REFERENCES users(id), ADD COLUMN verified_at timestamptz`);
    await db.query(`
      UPDATE users u SET verification = COALESCE(v.verification, 'pending'), verification_note = v.note, verified_by = v.decided_by, verified_at = v.decided_at
      FROM users h LEFT JOIN volunteer_vettings v ON v.user_id = h.id AND v.organisation_id = $1
      WHERE u.id = h.id AND u.role = 'host'`, [DEFAULT_ORGANISATION_ID]);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_host_verification CHECK ((role = 'host') = (verification IS NOT NULL))`);
    await db.query(`CREATE INDEX users_role_verification ON users (role, verification)`);
    await db.query(`CREATE INDEX users_matchable ON users (role, status, verification) WHERE erased_at IS NULL`);
    await db.query(`DROP TABLE volunteer_vettings`);
    await db.query(`DROP TABLE programme_memberships`);
    await db.query(`DROP TABLE programmes`);
    await db.query(`DROP TABLE organisations`);
  }
}
