import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetups1764302400000 implements MigrationInterface {
  name = 'Meetups1764302400000';

  async up(db: QueryRunner): Promise<void> {
    // ends_at is stored (timestamptz + interval is not immutable, so it cannot be a generated column);
    // the CHECK keeps it equal to starts_at + duration.
    await db.query(`
      CREATE TABLE meetups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches(id),
        status text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'declined', 'cancelled')),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        ends_at timestamptz NOT NULL,
        place text CHECK (char_length(place) BETWEEN 1 AND 200),
        online boolean NOT NULL DEFAULT false,
        note text CHECK (char_length(note) <= 1000),
        proposed_by uuid NOT NULL REFERENCES users(id),
        sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        closed_by uuid REFERENCES users(id),
        close_reason text CHECK (char_length(close_reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at = starts_at + duration_minutes * interval '1 minute'),
        CHECK (online OR place IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX meetups_match ON meetups (match_id, created_at DESC)`);
    await db.query(`CREATE INDEX meetups_confirmed_start ON meetups (starts_at) WHERE status = 'confirmed'`);

    // Time each person has committed to: one row per participant of a confirmed meetup. The exclusion
    // constraint refuses overlapping ranges for one person, so two racing confirmations cannot both pass.
    await db.query(`
      CREATE TABLE meetup_bookings (
        meetup_id uuid NOT NULL REFERENCES meetups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        during tstzrange NOT NULL,
        PRIMARY KEY (meetup_id, user_id),
        CONSTRAINT meetup_bookings_no_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&)
      )`);

    await db.query(`
      CREATE TABLE meetup_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL REFERENCES meetups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        happened boolean NOT NULL,
        rating int CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 2000),
        concern boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meetup_id, user_id)
      )`);
    await db.query(`CREATE INDEX meetup_feedback_user ON meetup_feedback (user_id)`);

    // One claim per meetup version and reminder kind: the INSERT … ON CONFLICT DO NOTHING that wins sends it.
    await db.query(`
      CREATE TABLE meetup_reminders_sent (
        meetup_id uuid NOT NULL REFERENCES meetups(id) ON DELETE CASCADE,
        sequence int NOT NULL,
        hours_before int NOT NULL CHECK (hours_before > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meetup_id, sequence, hours_before)
      )`);

    // Secret calendar-feed tokens, stored as SHA-256 hashes; at most one live token per person.
    await db.query(`
      CREATE TABLE calendar_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX calendar_tokens_one_live ON calendar_tokens (user_id) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_tokens`);
    await db.query(`DROP TABLE meetup_reminders_sent`);
    await db.query(`DROP TABLE meetup_feedback`);
    await db.query(`DROP TABLE meetup_bookings`);
    await db.query(`DROP TABLE meetups`);
  }
}
