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

/**
 * Classes of the per-person advisory locks: the lock's key is the class and a hash of the person's
 * id. Two-part keys never meet the one-part keys above.
 */
export const PERSON_LOCK_CLASSES = {
  bookings: 1_701,
} as const;

/**
 * Waits for, then holds for the rest of the caller's transaction, a lock per person in one class.
 * The locks are taken in one order (by key), so two transactions locking overlapping sets of people
 * queue instead of deadlocking; two people whose ids hash alike merely share a lock.
 */
export async function lockPeopleForTransaction(manager: EntityManager, lockClass: number, userIds: readonly string[]): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock($1, key)
       FROM (SELECT DISTINCT hashtext(id::text) AS key FROM unnest($2::uuid[]) AS id ORDER BY key) AS keys`,
    [lockClass, userIds],
  );
}
