import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Every password-reset request (known addresses or not), for its rate limits. */
@Injectable()
export class PasswordResetRequestsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async record(emailKey: string, address: string, at: Date): Promise<void> {
    await this.uow.query(`INSERT INTO password_reset_requests (email_key, address, requested_at) VALUES ($1, $2, $3)`, [emailKey, address, at]);
  }

  async countSince(emailKey: string, address: string, since: Date): Promise<{ forEmail: number; forAddress: number }> {
    const rows = await this.uow.query<Array<{ for_email: string; for_address: string }>>(
      `SELECT (SELECT count(*) FROM password_reset_requests WHERE email_key = $1 AND requested_at > $3) AS for_email,
              (SELECT count(*) FROM password_reset_requests WHERE address = $2 AND requested_at > $3) AS for_address`,
      [emailKey, address, since],
    );
    return { forEmail: Number(rows[0]?.for_email ?? 0), forAddress: Number(rows[0]?.for_address ?? 0) };
  }

  async deleteBefore(before: Date): Promise<void> {
    await this.uow.query(`DELETE FROM password_reset_requests WHERE requested_at < $1`, [before]);
  }
}
