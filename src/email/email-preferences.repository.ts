import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Which email types each person turned on or off (absent: on). */
@Injectable()
export class EmailPreferencesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async turnedOffOf(userId: string): Promise<Set<string>> {
    const rows = await this.uow.query<Array<{ type: string }>>(`SELECT type FROM email_preferences WHERE user_id = $1 AND NOT enabled`, [userId]);
    return new Set(rows.map((row) => row.type));
  }

  async set(userId: string, choices: ReadonlyArray<readonly [string, boolean]>): Promise<void> {
    for (const [type, enabled] of choices) {
      await this.uow.query(
        `INSERT INTO email_preferences (user_id, type, enabled) VALUES ($1, $2, $3) ON CONFLICT (user_id, type) DO UPDATE SET enabled = EXCLUDED.enabled`,
        [userId, type, enabled],
      );
    }
  }

  async setLocale(userId: string, locale: string): Promise<void> {
    await this.uow.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [userId, locale]);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM email_preferences WHERE user_id = $1`, [userId]);
  }
}
