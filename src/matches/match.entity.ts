import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchStatus } from './domain/match-state.js';
import type { StoredReason } from './stored-reason.js';

/**
 * A pairing of one migrant and one host. The database holds the invariants: at most one
 * proposed-or-active match per migrant (partial unique index), and the host's capacity is
 * checked under a row lock on the host when a match becomes active.
 */
@Entity({ name: 'matches' })
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  /** The programme's terms when proposed: an active match ends by itself after `matchWeeks`. */
  @Column({ name: 'match_weeks', type: 'int', nullable: true }) matchWeeks: number | null;
  @Column({ name: 'check_in_weeks', type: 'int', nullable: true }) checkInWeeks: number | null;
  /** When both were told the match ends in two weeks; written only by the claim that sends it. */
  @Column({ name: 'ending_notice_at', type: 'timestamptz', nullable: true, update: false }) endingNoticeAt: Date | null;
  /** Check-in periods announced so far; written only by the claim that announces one. */
  @Column({ name: 'check_ins_due_sent', type: 'int', default: 0, update: false }) checkInsDueSent: number;
  @Column({ name: 'migrant_id', type: 'uuid' }) migrantId: string;
  @Column({ name: 'host_id', type: 'uuid' }) hostId: string;
  @Column({ type: 'text' }) status: MatchStatus;
  @Column({ name: 'accepted_by_migrant', type: 'boolean', default: false }) acceptedByMigrant: boolean;
  @Column({ name: 'accepted_by_host', type: 'boolean', default: false }) acceptedByHost: boolean;
  @Column({ type: 'double precision' }) score: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) reasons: StoredReason[];
  /** Who asked for it; null when a staff-run matching round proposed it. */
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true }) proposedBy: string | null;
  @Column({ name: 'run_id', type: 'uuid', nullable: true }) runId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true }) activatedAt: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  /** The participant or staff member who declined or ended it; null for expiry. */
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason: string | null;
  @Column({ name: 'close_note', type: 'text', nullable: true }) closeNote: string | null;
  /**
   * The chat's counter: the seq of the match's latest message. Only the chat's append statement
   * writes it (`update: false`), so saving a match loaded earlier can never move it back.
   */
  @Column({ name: 'last_message_seq', type: 'int', default: 0, update: false }) lastMessageSeq: number;
}
