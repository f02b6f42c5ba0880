import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProgrammeRegion, ProgrammeRules, ProgrammeStatus } from './domain/programme.js';

/** One way of pairing people, with its own region and rules, run by one organisation. */
@Entity({ name: 'programmes' })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', default: 'draft' }) status: ProgrammeStatus;
  @Column({ type: 'jsonb' }) region: ProgrammeRegion;
  @Column({ type: 'jsonb', default: () => `'{}'` }) rules: ProgrammeRules;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
