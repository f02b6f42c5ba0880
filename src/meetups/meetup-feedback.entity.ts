import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One participant's word on a meetup after its end; at most one per person and meetup (unique index). */
@Entity({ name: 'meetup_feedback' })
export class MeetupFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'meetup_id', type: 'uuid' }) meetupId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'boolean' }) happened: boolean;
  @Column({ type: 'int', nullable: true }) rating: number | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** The person felt unsafe or uneasy: moderation opens a staff report. */
  @Column({ type: 'boolean', default: false }) concern: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
