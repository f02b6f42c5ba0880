import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online suggestion candidates are walked longest-waiting first until enough of them are members
 * of the caller's programmes. With many programmes that walk is long (a programme holds a few
 * of the people online), and half of what it read was people of the caller's own role, never
 * candidates. So the waiting-order index is split by role, as the nearest-first ones are.
 */
export class ProgrammeCandidateIndexes1764345600000 implements MigrationInterface {
  name = 'ProgrammeCandidateIndexes1764345600000';

  async up(db: QueryRunner): Promise<void> {
    for (const role of ['migrant', 'host']) {
      await db.query(`CREATE INDEX profiles_online_waiting_${role} ON profiles (completed_at, user_id) WHERE complete AND meet_online AND role = '${role}'`);
    }
    await db.query(`DROP INDEX profiles_online_waiting`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX profiles_online_waiting ON profiles (completed_at, user_id) WHERE complete AND meet_online`);
    await db.query(`DROP INDEX profiles_online_waiting_host`);
    await db.query(`DROP INDEX profiles_online_waiting_migrant`);
  }
}
