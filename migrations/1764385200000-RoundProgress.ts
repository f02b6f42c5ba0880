import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round's progress while it runs: its phase, the candidate pairs evaluated so far, and the
 * independent pieces (connected components) of its graph, solved of total.
 */
export class RoundProgress1764385200000 implements MigrationInterface {
  name = 'RoundProgress1764385200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE matching_runs
        ADD COLUMN phase text CHECK (phase IN ('reading', 'evaluating', 'solving', 'writing')),
        ADD COLUMN candidate_pairs int CHECK (candidate_pairs >= 0),
        ADD COLUMN components int CHECK (components >= 0),
        ADD COLUMN components_solved int CHECK (components_solved >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matching_runs DROP COLUMN phase, DROP COLUMN candidate_pairs, DROP COLUMN components, DROP COLUMN components_solved`);
  }
}
