import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationType } from './notification-types.js';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) type: NotificationType;
  @Column({ type: 'jsonb', default: () => `'{}'` }) data: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  /** The domain event it was made for: one notification per event and person, however often the event is delivered. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId: string | null;
}
