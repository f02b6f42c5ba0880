import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { Verification } from '../users/user.entity.js';
import { VolunteerVettingEntity } from './volunteer-vetting.entity.js';

/** Each organisation's vetting of its volunteers. */
@Injectable()
export class VettingsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** A volunteer joining an organisation's programme waits for that organisation's decision. */
  async ensurePending(organisationId: string, userId: string): Promise<void> {
    await this.uow.query(`INSERT INTO volunteer_vettings (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [organisationId, userId]);
  }

  find(organisationId: string, userId: string): Promise<VolunteerVettingEntity | null> {
    return this.uow.manager.getRepository(VolunteerVettingEntity).findOneBy({ organisationId, userId });
  }

  async decide(input: { organisationId: string; userId: string; verification: Verification; note: string | null; decidedBy: string; decidedAt: Date }): Promise<void> {
    await this.uow.query(
      `INSERT INTO volunteer_vettings (organisation_id, user_id, verification, note, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, user_id) DO UPDATE SET verification = EXCLUDED.verification, note = EXCLUDED.note, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
      [input.organisationId, input.userId, input.verification, input.note, input.decidedBy, input.decidedAt],
    );
  }

  /** Every organisation's decision about these people. */
  async forUsers(userIds: string[]): Promise<VolunteerVettingEntity[]> {
    if (userIds.length === 0) return [];
    return this.uow.manager.getRepository(VolunteerVettingEntity).createQueryBuilder('v').where('v.user_id = ANY(:ids)', { ids: userIds }).getMany();
  }

  /** Erasure keeps the decision (others' history refers to it) but not the staff note about the person. */
  async forgetNotes(userId: string): Promise<void> {
    await this.uow.query(`UPDATE volunteer_vettings SET note = NULL WHERE user_id = $1`, [userId]);
  }
}
