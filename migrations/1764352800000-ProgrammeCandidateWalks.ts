import { MigrationInterface, QueryRunner } from 'typeorm';

/** The profile fields a suggestion walk orders and filters its candidates by. */
const WALKED = ['complete', 'completed_at', 'lat', 'lon', 'max_distance_km', 'meet_online', 'language_codes', 'capacity'];

/**
 * Suggestion candidates are walked per programme: a programme's active members of one role,
 * nearest first or longest waiting first, so a caller in small programmes reads about as many rows
 * as one in a programme of everyone. Each membership carries a copy of what that walk orders and
 * filters by, kept by triggers: a membership takes its person's profile when it is written, and a
 * profile written (or deleted) rewrites its person's memberships. Nothing else writes the copies.
 */
export class ProgrammeCandidateWalks1764352800000 implements MigrationInterface {
  name = 'ProgrammeCandidateWalks1764352800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE programme_memberships
        ADD COLUMN complete boolean NOT NULL DEFAULT false,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN lat double precision,
        ADD COLUMN lon double precision,
        ADD COLUMN max_distance_km int,
        ADD COLUMN meet_online boolean NOT NULL DEFAULT false,
        ADD COLUMN language_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN capacity int`);
    await db.query(`
      CREATE FUNCTION programme_memberships_take_profile() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT coalesce(p.complete, false), p.completed_at, p.lat, p.lon, p.max_distance_km, coalesce(p.meet_online, false),
               coalesce(p.language_codes, '{}'), p.capacity
          INTO NEW.complete, NEW.completed_at, NEW.lat, NEW.lon, NEW.max_distance_km, NEW.meet_online, NEW.language_codes, NEW.capacity
          FROM (SELECT NEW.user_id AS user_id) m LEFT JOIN profiles p ON p.user_id = m.user_id;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER programme_memberships_take_profile BEFORE INSERT OR UPDATE ON programme_memberships FOR EACH ROW EXECUTE FUNCTION programme_memberships_take_profile()`);
    // Rewriting the memberships' user_id fires their own trigger, which reads the profile as it now is.
    await db.query(`
      CREATE FUNCTION profiles_give_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE programme_memberships SET user_id = user_id WHERE user_id = OLD.user_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.user_id <> OLD.user_id) THEN
          UPDATE programme_memberships SET user_id = user_id WHERE user_id = NEW.user_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER profiles_give_memberships AFTER INSERT OR DELETE OR UPDATE OF user_id, ${WALKED.join(', ')} ON profiles FOR EACH ROW EXECUTE FUNCTION profiles_give_memberships()`,
    );
    await db.query(`UPDATE programme_memberships SET user_id = user_id`);

    for (const role of ['migrant', 'host']) {
      await db.query(
        `CREATE INDEX programme_memberships_near_${role} ON programme_memberships USING gist (programme_id, ll_to_earth(lat, lon))
          WHERE status = 'active' AND complete AND lat IS NOT NULL AND role = '${role}'`,
      );
      await db.query(
        `CREATE INDEX programme_memberships_waiting_${role} ON programme_memberships (programme_id, completed_at, user_id)
          WHERE status = 'active' AND complete AND meet_online AND role = '${role}'`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const role of ['migrant', 'host']) {
      await db.query(`DROP INDEX programme_memberships_waiting_${role}`);
      await db.query(`DROP INDEX programme_memberships_near_${role}`);
    }
    await db.query(`DROP TRIGGER profiles_give_memberships ON profiles`);
    await db.query(`DROP FUNCTION profiles_give_memberships()`);
    await db.query(`DROP TRIGGER programme_memberships_take_profile ON programme_memberships`);
    await db.query(`DROP FUNCTION programme_memberships_take_profile()`);
    await db.query(`ALTER TABLE programme_memberships ${WALKED.map((column) => `DROP COLUMN ${column}`).join(', ')}`);
  }
}
