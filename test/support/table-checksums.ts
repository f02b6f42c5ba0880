import type { DataSource } from 'typeorm';

/** Reference data the migrations import and no route writes: hundreds of thousands of rows. */
export const REFERENCE_TABLES: readonly string[] = ['places', 'place_names'];

/**
 * Row count and a checksum of each table in the public schema, by name: what a refused request
 * must leave as it was. `only` or `except` picks the tables, for tests that check some less often.
 */
export async function tableChecksums(db: DataSource, pick: { only?: readonly string[]; except?: readonly string[] } = {}): Promise<Record<string, string>> {
  const tables = await db.query<Array<{ name: string }>>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    if (pick.only !== undefined && !pick.only.includes(name)) continue;
    if (pick.except?.includes(name) === true) continue;
    const [row] = await db.query<Array<{ rows: string; sum: string | null }>>(`SELECT count(*) AS rows, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS sum FROM "${name}" t`);
    sums[name] = `${row?.rows ?? '?'} rows, ${row?.sum ?? 'empty'}`;
  }
  return sums;
}
