import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ExclusionKind = 'declined' | 'blocked';

/**
 * Two people who must never be proposed to each other again: one declined a proposal, or one
 * blocked the other. Stored with the lower id first so a pair has one spelling.
 */
@Entity({ name: 'pair_exclusions' })
export class PairExclusionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_low', type: 'uuid' }) userLow: string;
  @Column({ name: 'user_high', type: 'uuid' }) userHigh: string;
  @Column({ type: 'text' }) kind: ExclusionKind;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export function orderedPair(a: string, b: string): { userLow: string; userHigh: string } {
  return a < b ? { userLow: a, userHigh: b } : { userLow: b, userHigh: a };
}
