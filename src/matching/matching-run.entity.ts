import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RunStatus = 'running' | 'finished' | 'failed';

/** One staff-run matching round and its figures. */
@Entity({ name: 'matching_runs' })
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ type: 'text' }) status: RunStatus;
  @Column({ name: 'dry_run', type: 'boolean' }) dryRun: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'int', default: 0 }) participants: number;
  @Column({ type: 'int', default: 0 }) proposals: number;
  @Column({ name: 'total_score', type: 'double precision', default: 0 }) totalScore: number;
  @Column({ type: 'text' }) algorithm: string;
  @Column({ name: 'duration_ms', type: 'int', nullable: true }) durationMs: number | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
}
