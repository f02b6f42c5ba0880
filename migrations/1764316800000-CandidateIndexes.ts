import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let a suggestion request read a bounded number of rows however many people signed up.
 *
 * - Nearby candidates are found by walking a GiST index nearest-first. Every entry walked costs a
 *   heap visit, and half the entries were people of the subject's own role, never candidates. So
 *   profiles carry their user's role (set by a trigger: a role never changes) and each role has its
 *   own index.
 * - Online candidates are picked longest-waiting first. Ordered by profiles' completion time, with an
 *   index in that order, the query stops at its limit instead of sorting every online profile.
 *   A complete profile always has its completion time.
 */
export class CandidateIndexes1764316800000 implements MigrationInterface {
  name = 'CandidateIndexes1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE profiles ADD COLUMN role text`);
    await db.query(`UPDATE profiles p SET role = u.role FROM users u WHERE u.id = p.user_id`);
    await db.query(`ALTER TABLE profiles ALTER COLUMN role SET NOT NULL`);
    await db.query(`
      CREATE FUNCTION profiles_take_user_role() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT role INTO NEW.role FROM users WHERE id = NEW.user_id;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER profiles_take_user_role BEFORE INSERT OR UPDATE OF user_id, role ON profiles FOR EACH ROW EXECUTE FUNCTION profiles_take_user_role()`);
    await db.query(`DROP INDEX profiles_earth`);
    for (const role of ['migrant', 'host']) {
      await db.query(`CREATE INDEX profiles_earth_${role} ON profiles USING gist (ll_to_earth(lat, lon)) WHERE complete AND lat IS NOT NULL AND role = '${role}'`);
    }

    await db.query(`UPDATE profiles SET completed_at = updated_at WHERE complete AND completed_at IS NULL`);
    await db.query(`ALTER TABLE profiles ADD CONSTRAINT profiles_complete_has_completed_at CHECK (NOT complete OR completed_at IS NOT NULL)`);
    await db.query(`DROP INDEX profiles_online`);
    await db.query(`CREATE INDEX profiles_online_waiting ON profiles (completed_at, user_id) WHERE complete AND meet_online`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX profiles_online_waiting`);
    await db.query(`CREATE INDEX profiles_online ON profiles (meet_online) WHERE complete AND meet_online`);
    await db.query(`ALTER TABLE profiles DROP CONSTRAINT profiles_complete_has_completed_at`);

    await db.query(`DROP INDEX profiles_earth_migrant`);
    await db.query(`DROP INDEX profiles_earth_host`);
    await db.query(`CREATE INDEX profiles_earth ON profiles USING gist (ll_to_earth(lat, lon)) WHERE complete AND lat IS NOT NULL`);
    await db.query(`DROP TRIGGER profiles_take_user_role ON profiles`);
    await db.query(`DROP FUNCTION profiles_take_user_role()`);
    await db.query(`ALTER TABLE profiles DROP COLUMN role`);
  }
}
