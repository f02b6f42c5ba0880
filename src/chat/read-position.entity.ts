import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How far a participant has read in a match's conversation. */
@Entity({ name: 'message_reads' })
export class ReadPositionEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' }) matchId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'last_read_seq', type: 'int' }) lastReadSeq: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
