import type { EntityManager } from 'typeorm';

/** Keys of the transaction-scoped advisory locks jobs take, so two jobs never share one by accident. */
export const ADVISORY_LOCK_KEYS = {
  proposalExpiry: 734_219_101,
} as const;

/**
 * Takes the lock for the rest of the caller's transaction, or answers false at once when another
 * process holds it: the job then simply skips this round.
 */
export async function tryTransactionLock(manager: EntityManager, key: number): Promise<boolean> {
  const rows: Array<{ locked: boolean }> = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
  return rows[0]?.locked === true;
}
