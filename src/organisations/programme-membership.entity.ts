import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipRole, MembershipStatus } from './domain/programme.js';

/** A person taking part in a programme; leaving keeps the row, so the history stays readable. */
@Entity({ name: 'programme_memberships' })
export class ProgrammeMembershipEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) role: MembershipRole;
  @Column({ type: 'text', default: 'active' }) status: MembershipStatus;
  /** The person let this programme's organisation see their earlier memberships elsewhere. */
  @Column({ name: 'share_history', type: 'boolean', default: false }) shareHistory: boolean;
  @Column({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}
