import pg from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

describe('embedded PostgreSQL under concurrent connections', () => {
  it('never mixes one connection\'s parameters or transaction into another\'s', async () => {
    const embedded = await startEmbeddedPostgres(undefined);
    const pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
    try {
      await pool.query('CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)');
      await pool.query('INSERT INTO counters VALUES (1, 0)');
      // Two statement shapes with different parameters: interleaving would bind one to the other.
      const echoes = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const result =
            i % 2 === 0
              ? await pool.query('SELECT $1::text AS echoed, $2::int * 2 AS doubled', [`value-${i}`, i])
              : await pool.query('SELECT $1::int * 3 AS tripled', [i]);
          return result.rows[0] as unknown;
        }),
      );
      echoes.forEach((row, i) => expect(row).toEqual(i % 2 === 0 ? { echoed: `value-${i}`, doubled: i * 2 } : { tripled: i * 3 }));

      const increments = Array.from({ length: 20 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ value: number }>('SELECT value FROM counters WHERE id = $1 FOR UPDATE', [1]);
          await client.query('UPDATE counters SET value = $1 WHERE id = $2', [(rows[0]?.value ?? 0) + 1, 1]);
          await client.query(i % 5 === 0 ? 'ROLLBACK' : 'COMMIT');
        } finally {
          client.release();
        }
      });
      await Promise.all(increments);
      const { rows } = await pool.query<{ value: number }>('SELECT value FROM counters WHERE id = 1');
      expect(rows[0]?.value).toBe(16);
    } finally {
      await pool.end();
      await embedded.stop();
    }
  });
});
