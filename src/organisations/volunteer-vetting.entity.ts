import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Verification } from '../users/user.entity.js';

/** One organisation's decision about one volunteer: a volunteer verified by one is pending for another. */
@Entity({ name: 'volunteer_vettings' })
export class VolunteerVettingEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text', default: 'pending' }) verification: Verification;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
