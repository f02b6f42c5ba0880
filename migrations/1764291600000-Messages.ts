import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1764291600000 implements MigrationInterface {
  name = 'Messages1764291600000';

  async up(db: QueryRunner): Promise<void> {
    // The per-match counter row that serialises seq assignment: locked in each insert's transaction.
    await db.query(`ALTER TABLE matches ADD COLUMN last_message_seq int NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches(id),
        seq int NOT NULL CHECK (seq > 0),
        sender_id uuid NOT NULL REFERENCES users(id),
        client_id uuid NOT NULL,
        body text NOT NULL CHECK (char_length(body) <= 4000),
        body_erased boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_at timestamptz,
        hidden_by uuid REFERENCES users(id),
        UNIQUE (match_id, seq),
        UNIQUE (sender_id, client_id)
      )`);
    await db.query(`
      CREATE TABLE message_reads (
        match_id uuid NOT NULL REFERENCES matches(id),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_read_seq int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (match_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE message_reads`);
    await db.query(`DROP TABLE messages`);
    await db.query(`ALTER TABLE matches DROP COLUMN last_message_seq`);
  }
}
