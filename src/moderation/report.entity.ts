import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Flag } from './domain/flags.js';
import type { ReportReason, ReportSource, ReportStatus, ResolveAction } from './domain/report-rules.js';

export interface ReportResolution {
  action: ResolveAction;
  note: string;
  /** Only for `suspend_user`; null means until lifted. */
  suspendDays: number | null;
}

/**
 * A concern for staff: filed by a participant (`user`) or opened by the flag detector (`auto`).
 * A unique partial index keeps one open report per reporter and target, and one auto report per message.
 */
@Entity({ name: 'reports' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) source: ReportSource;
  @Column({ type: 'text' }) reason: ReportReason;
  @Column({ type: 'text', nullable: true }) details: string | null;
  @Column({ type: 'text', default: 'open' }) status: ReportStatus;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
  @Column({ name: 'match_id', type: 'uuid', nullable: true }) matchId: string | null;
  /** The person reported (the sender, for a message). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  /** Null for automatic flags. */
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true }) reporterId: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) flags: Flag[];
  /** Safety concerns first: first in the staff queue, and emailed to the organisation's safeguarding contact. */
  @Column({ type: 'boolean', default: false }) urgent: boolean;
  /** Whose staff see it: the organisation of the match's programme, or of a programme the two people share; null: admins only. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true }) resolvedBy: string | null;
  @Column({ type: 'jsonb', nullable: true }) resolution: ReportResolution | null;
}
