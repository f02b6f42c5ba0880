import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a match's programme terms have already caused: when both people were told it ends in two
 * weeks (`match.ending`, once), and how many check-in periods were announced (`checkin.due`, once
 * each). The jobs that send them and end finished matches walk active matches with terms only.
 */
export class ProgrammeTerms1764338400000 implements MigrationInterface {
  name = 'ProgrammeTerms1764338400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matches ADD COLUMN ending_notice_at timestamptz, ADD COLUMN check_ins_due_sent int NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX matches_active_with_weeks ON matches (activated_at) WHERE status = 'active' AND match_weeks IS NOT NULL`);
    await db.query(`CREATE INDEX matches_active_with_check_ins ON matches (activated_at) WHERE status = 'active' AND check_in_weeks IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX matches_active_with_check_ins`);
    await db.query(`DROP INDEX matches_active_with_weeks`);
    await db.query(`ALTER TABLE matches DROP COLUMN ending_notice_at, DROP COLUMN check_ins_due_sent`);
  }
}
