import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../database/unit-of-work.js';

export interface TwoFactorCredential {
  sealedSecret: string;
  /** Null while the enrolment waits for its first code. */
  enabledAt: Date | null;
  lastTimeStep: number | null;
}

/** A person's authenticator secret, their recovery codes (hashed), and the sessions enrolling or a reset ends. */
@Injectable()
export class TwoFactorRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async findCredential(userId: string): Promise<TwoFactorCredential | null> {
    const rows = await this.uow.query<Array<{ sealed_secret: string; enabled_at: Date | null; last_time_step: string | null }>>(
      `SELECT sealed_secret, enabled_at, last_time_step FROM two_factor_credentials WHERE user_id = $1`,
      [userId],
    );
    const row = rows[0];
    return row === undefined ? null : { sealedSecret: row.sealed_secret, enabledAt: row.enabled_at, lastTimeStep: row.last_time_step === null ? null : Number(row.last_time_step) };
  }

  async isEnabled(userId: string): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(`SELECT 1 FROM two_factor_credentials WHERE user_id = $1 AND enabled_at IS NOT NULL`, [userId]);
    return rows.length > 0;
  }

  /** Starts or restarts an enrolment; false when two-factor sign-in is on already (nothing changes then). */
  async savePendingSecret(userId: string, sealedSecret: string): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(
      `WITH saved AS (
         INSERT INTO two_factor_credentials (user_id, sealed_secret) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET sealed_secret = excluded.sealed_secret, last_time_step = NULL, updated_at = now()
         WHERE two_factor_credentials.enabled_at IS NULL
         RETURNING user_id)
       SELECT user_id FROM saved`,
      [userId, sealedSecret],
    );
    return rows.length > 0;
  }

  /** Turns the pending enrolment on with the step of its first code; false when there was none to turn on. */
  async enable(userId: string, timeStep: number, at: Date): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(
      `WITH enabled AS (
         UPDATE two_factor_credentials SET enabled_at = $3, last_time_step = $2, updated_at = now()
         WHERE user_id = $1 AND enabled_at IS NULL RETURNING user_id)
       SELECT user_id FROM enabled`,
      [userId, timeStep, at],
    );
    return rows.length > 0;
  }

  /**
   * Records a code's time step as used, only if it is later than the last one: of two requests with
   * one code, one wins (the row's update is the arbiter, not the check before it).
   */
  async acceptTimeStep(userId: string, timeStep: number): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(
      `WITH accepted AS (
         UPDATE two_factor_credentials SET last_time_step = $2, updated_at = now()
         WHERE user_id = $1 AND enabled_at IS NOT NULL AND (last_time_step IS NULL OR last_time_step < $2) RETURNING user_id)
       SELECT user_id FROM accepted`,
      [userId, timeStep],
    );
    return rows.length > 0;
  }

  /** Call inside a transaction: the credential's row lock keeps two replacements from leaving both sets. */
  async replaceRecoveryCodes(userId: string, hashes: string[]): Promise<void> {
    await this.uow.query(`SELECT 1 FROM two_factor_credentials WHERE user_id = $1 FOR UPDATE`, [userId]);
    await this.uow.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    await this.uow.query(`INSERT INTO two_factor_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, hashes]);
  }

  /** Uses a recovery code up; false when it is not (or no longer) one of the person's. */
  async consumeRecoveryCode(userId: string, hash: string): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(
      `WITH used AS (DELETE FROM two_factor_recovery_codes WHERE user_id = $1 AND code_hash = $2 RETURNING user_id) SELECT user_id FROM used`,
      [userId, hash],
    );
    return rows.length > 0;
  }

  async countRecoveryCodes(userId: string): Promise<number> {
    const rows = await this.uow.query<Array<{ count: string }>>(`SELECT count(*) AS count FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    return Number(rows[0]?.count ?? 0);
  }

  /** Forgets the secret and the recovery codes (turning off, a reset, erasure); answers whether there was an enrolment. */
  async deleteAllOf(userId: string): Promise<boolean> {
    await this.uow.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    const rows = await this.uow.query<unknown[]>(`WITH gone AS (DELETE FROM two_factor_credentials WHERE user_id = $1 RETURNING user_id) SELECT user_id FROM gone`, [userId]);
    return rows.length > 0;
  }

  /** Revokes the person's live sessions except `keep`; answers the ids revoked. */
  async revokeSessions(userId: string, keep: string | null, at: Date): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `WITH revoked AS (UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id) SELECT id FROM revoked`,
      [userId, keep, at],
    );
    return rows.map((row) => row.id);
  }
}
