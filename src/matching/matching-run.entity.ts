import type { ScoreBucket } from './domain/round-review.js';
import type { RoundPhase } from './matching-runs.repository.js';
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
  /** The chosen pairs' scores in ten-point buckets; null until the run finishes. */
  @Column({ name: 'score_histogram', type: 'jsonb', nullable: true }) scoreHistogram: ScoreBucket[] | null;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) committedAt: Date | null;
  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true }) discardedAt: Date | null;
  /** What the round is doing, while it runs; its last phase after. */
  @Column({ type: 'text', nullable: true }) phase: RoundPhase | null;
  /** Candidate pairs evaluated as eligible so far (the edges of the round's graph). */
  @Column({ name: 'candidate_pairs', type: 'int', nullable: true }) candidatePairs: number | null;
  /** Independent pieces (connected components) of the candidate graph; null until known. */
  @Column({ type: 'int', nullable: true }) components: number | null;
  @Column({ name: 'components_solved', type: 'int', nullable: true }) componentsSolved: number | null;
}
