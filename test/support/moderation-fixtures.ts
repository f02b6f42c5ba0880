import { DataSource } from 'typeorm';
import { DEFAULT_PROGRAMME_ID } from '../../src/organisations/domain/programme.js';
import { signUp, SignedUpUser } from './factories.js';
import type { TestApp } from './test-app.js';

export interface Pair {
  migrant: SignedUpUser;
  host: SignedUpUser;
  matchId: string;
}

/** An active match written straight to the database (the matching and lifecycle routes live on other branches). */
export async function insertActiveMatch(t: TestApp, migrantId: string, hostId: string): Promise<string> {
  const rows: Array<{ id: string }> = await t.app.get(DataSource).query(
    `INSERT INTO matches (programme_id, migrant_id, host_id, status, accepted_by_migrant, accepted_by_host, score, activated_at)
     VALUES ($3, $1, $2, 'active', true, true, 50, now()) RETURNING id`,
    [migrantId, hostId, DEFAULT_PROGRAMME_ID],
  );
  return rows[0].id;
}

export async function activePair(t: TestApp): Promise<Pair> {
  const migrant = await signUp(t, { displayName: 'Amal' });
  const host = await signUp(t, { role: 'host', displayName: 'Joost' });
  return { migrant, host, matchId: await insertActiveMatch(t, migrant.id, host.id) };
}

/** A chat message stored as chat stores it: the next seq from the match's counter. */
export async function insertMessage(t: TestApp, matchId: string, senderId: string, body: string): Promise<{ id: string; seq: number }> {
  const rows: Array<{ id: string; seq: number }> = await t.app.get(DataSource).query(
    `WITH counter AS (UPDATE matches SET last_message_seq = last_message_seq + 1 WHERE id = $1 RETURNING last_message_seq)
     INSERT INTO messages (match_id, seq, sender_id, client_id, body)
     SELECT $1, counter.last_message_seq, $2, gen_random_uuid(), $3 FROM counter RETURNING id, seq`,
    [matchId, senderId, body],
  );
  return rows[0];
}

/** Polls `probe` until it returns something defined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
