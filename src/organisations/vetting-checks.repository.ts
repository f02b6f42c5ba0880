import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { CheckDates, VettingCheckKind } from './domain/vetting-checks.js';

/** One organisation's current record of one of a volunteer's checks. */
export interface VettingCheckRecord extends CheckDates {
  id: string;
  organisationId: string;
  userId: string;
  note: string | null;
  recordedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewVettingCheck {
  organisationId: string;
  userId: string;
  kind: VettingCheckKind;
  checkedOn: string;
  expiresOn: string | null;
  note: string | null;
  recordedBy: string;
  at: Date;
}

/** A check whose expiry reminder was just claimed. */
export interface ClaimedReminder {
  id: string;
  organisationId: string;
  userId: string;
  kind: VettingCheckKind;
  expiresOn: string;
}

const COLUMNS = `id, organisation_id AS "organisationId", user_id AS "userId", kind, to_char(checked_on, 'YYYY-MM-DD') AS "checkedOn",
  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", note, recorded_by AS "recordedBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Volunteers' checks per organisation, and the clearance kept beside each vetting
 * (`volunteer_vettings.checks_cleared_until`) that candidate queries filter on.
 */
@Injectable()
export class VettingChecksRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The organisation's required kinds, its row shared-locked so a change of requirements waits for (and is seen by) this transaction. */
  async requiredKindsLocked(organisationId: string): Promise<VettingCheckKind[] | null> {
    const rows = await this.uow.query<Array<{ kinds: VettingCheckKind[] }>>(`SELECT required_vetting_checks AS kinds FROM organisations WHERE id = $1 FOR SHARE`, [organisationId]);
    return rows[0]?.kinds ?? null;
  }

  async requiredKinds(organisationId: string): Promise<VettingCheckKind[]> {
    const rows = await this.uow.query<Array<{ kinds: VettingCheckKind[] }>>(`SELECT required_vetting_checks AS kinds FROM organisations WHERE id = $1`, [organisationId]);
    return rows[0]?.kinds ?? [];
  }

  /** The volunteer's vetting by the organisation (made pending when there is none), locked for this transaction's change of their checks. */
  async lockVetting(organisationId: string, userId: string): Promise<void> {
    await this.uow.query(`INSERT INTO volunteer_vettings (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [organisationId, userId]);
    await this.uow.query(`SELECT 1 FROM volunteer_vettings WHERE organisation_id = $1 AND user_id = $2 FOR UPDATE`, [organisationId, userId]);
  }

  async findFor(organisationId: string, userId: string): Promise<VettingCheckRecord[]> {
    return this.uow.query<VettingCheckRecord[]>(
      `SELECT ${COLUMNS} FROM vetting_checks WHERE organisation_id = $1 AND user_id = $2
        ORDER BY array_position(ARRAY['identity', 'certificate-of-conduct', 'references', 'safeguarding-training'], kind)`,
      [organisationId, userId],
    );
  }

  /** Records the check, replacing the current record of its kind. */
  async replace(input: NewVettingCheck): Promise<VettingCheckRecord> {
    const rows = await this.uow.query<VettingCheckRecord[]>(
      `INSERT INTO vetting_checks (organisation_id, user_id, kind, checked_on, expires_on, note, recorded_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4::date, $5::date, $6, $7, $8, $8)
       ON CONFLICT ON CONSTRAINT vetting_checks_one_per_kind DO UPDATE SET checked_on = EXCLUDED.checked_on, expires_on = EXCLUDED.expires_on,
         note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, updated_at = EXCLUDED.updated_at
       RETURNING ${COLUMNS}`,
      [input.organisationId, input.userId, input.kind, input.checkedOn, input.expiresOn, input.note, input.recordedBy, input.at],
    );
    return rows[0];
  }

  /** Answers whether there was a record to remove. */
  async remove(organisationId: string, userId: string, kind: VettingCheckKind): Promise<boolean> {
    const result = await this.uow.query<unknown>(`DELETE FROM vetting_checks WHERE organisation_id = $1 AND user_id = $2 AND kind = $3 RETURNING id`, [organisationId, userId, kind]);
    return rowsOf(result).length > 0;
  }

  /** `clearedUntil`: a timestamp, `infinity` or `-infinity` (domain/vetting-checks.ts `clearedUntilOf`). */
  async storeClearance(organisationId: string, userId: string, clearedUntil: string): Promise<void> {
    await this.uow.query(`UPDATE volunteer_vettings SET checks_cleared_until = $3::timestamptz WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId, clearedUntil]);
  }

  async setRequiredKinds(organisationId: string, kinds: readonly VettingCheckKind[]): Promise<void> {
    await this.uow.query(`UPDATE organisations SET required_vetting_checks = $2::text[] WHERE id = $1`, [organisationId, [...kinds]]);
  }

  /** Every volunteer the organisation vetted, with their checks there (for recomputing clearance). */
  async checksOfVetted(organisationId: string): Promise<Array<{ userId: string; checks: CheckDates[] }>> {
    return this.uow.query<Array<{ userId: string; checks: CheckDates[] }>>(
      `SELECT v.user_id AS "userId", coalesce(jsonb_agg(jsonb_build_object('kind', c.kind, 'checkedOn', to_char(c.checked_on, 'YYYY-MM-DD'),
                'expiresOn', to_char(c.expires_on, 'YYYY-MM-DD'))) FILTER (WHERE c.id IS NOT NULL), '[]') AS checks
         FROM volunteer_vettings v LEFT JOIN vetting_checks c ON c.organisation_id = v.organisation_id AND c.user_id = v.user_id
        WHERE v.organisation_id = $1 GROUP BY v.user_id`,
      [organisationId],
    );
  }

  /** Stores many volunteers' clearance in one statement. */
  async storeClearances(organisationId: string, clearances: ReadonlyArray<{ userId: string; clearedUntil: string }>): Promise<void> {
    if (clearances.length === 0) return;
    await this.uow.query(
      `UPDATE volunteer_vettings v SET checks_cleared_until = c.until FROM unnest($2::uuid[], $3::timestamptz[]) AS c(user_id, until)
        WHERE v.organisation_id = $1 AND v.user_id = c.user_id AND v.checks_cleared_until IS DISTINCT FROM c.until`,
      [organisationId, clearances.map((c) => c.userId), clearances.map((c) => c.clearedUntil)],
    );
  }

  /**
   * Claims the reminders due: checks expiring after `today` and by `lastDay`, not yet reminded for
   * that expiry. Marked in the caller's transaction, so each expiry is reminded once; a renewed
   * check (a new expiry) is due again. Erased volunteers are left out.
   */
  async claimDueReminders(today: string, lastDay: string): Promise<ClaimedReminder[]> {
    const result = await this.uow.query<unknown>(
      `UPDATE vetting_checks c SET reminded_for = c.expires_on
        WHERE c.id IN (SELECT c2.id FROM vetting_checks c2 JOIN users u ON u.id = c2.user_id
                        WHERE c2.expires_on > $1::date AND c2.expires_on <= $2::date AND c2.reminded_for IS DISTINCT FROM c2.expires_on
                          AND u.erased_at IS NULL
                        ORDER BY c2.expires_on, c2.id FOR UPDATE OF c2 SKIP LOCKED)
        RETURNING c.id, c.organisation_id AS "organisationId", c.user_id AS "userId", c.kind, to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn"`,
      [today, lastDay],
    );
    return rowsOf<ClaimedReminder>(result);
  }

  /** Every organisation's checks of the person (their export). */
  async exportOf(userId: string): Promise<VettingCheckRecord[]> {
    return this.uow.query<VettingCheckRecord[]>(`SELECT ${COLUMNS} FROM vetting_checks WHERE user_id = $1 ORDER BY organisation_id, kind`, [userId]);
  }

  /** Erasure: the person's checks go, everywhere. */
  async eraseFor(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM vetting_checks WHERE user_id = $1`, [userId]);
  }
}

/** TypeORM returns UPDATE and DELETE … RETURNING as [rows, count] on PostgreSQL. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
