import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A participant's short answer to "how is it going?" in an active (or just ended) match. */
@Entity({ name: 'check_ins' })
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'match_id', type: 'uuid' }) matchId: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'wants_contact', type: 'boolean', default: false }) wantsContact: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
