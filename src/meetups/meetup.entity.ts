import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetupStatus } from './domain/meetup-state.js';

/**
 * A proposed or agreed time for the two people of a match to meet. Times are UTC instants; `endsAt`
 * is kept equal to startsAt + duration by a CHECK. While confirmed, each participant's time is
 * booked in `meetup_bookings`, whose exclusion constraint refuses overlapping confirmed meetups.
 */
@Entity({ name: 'meetups' })
export class MeetupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'match_id', type: 'uuid' }) matchId: string;
  @Column({ type: 'text' }) status: MeetupStatus;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'duration_minutes', type: 'int' }) durationMinutes: number;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  /** A public place named by the proposer; null when online. */
  @Column({ type: 'text', nullable: true }) place: string | null;
  @Column({ type: 'boolean', default: false }) online: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  /** ICS SEQUENCE: grows with every reschedule so calendar apps replace the event. */
  @Column({ type: 'int', default: 0 }) sequence: number;
  /** Who declined or cancelled it, and why. */
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
