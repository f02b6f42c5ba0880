import type { EntityManager } from 'typeorm';

/**
 * Classes of the per-person advisory locks: the lock's key is the class and a hash of the person's
 * id.
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
