import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A chat message. `seq` is 1, 2, 3… per match without gaps, assigned under a lock on the
 * match's counter in the insert's transaction; `(senderId, clientId)` is unique, so a retried
 * send finds the stored message instead of creating another.
 */
@Entity({ name: 'messages' })
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'match_id', type: 'uuid' }) matchId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ name: 'sender_id', type: 'uuid' }) senderId: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  /** Replaced by a tombstone when the sender erases their account. */
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'body_erased', type: 'boolean', default: false }) bodyErased: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ name: 'hidden_by', type: 'uuid', nullable: true }) hiddenBy: string | null;
}
