import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VettingCheckKind } from './domain/vetting-checks.js';

/** A National Society or one of its branches: it runs programmes and has its own staff. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'country_code', type: 'text' }) countryCode: string;
  /** Where urgent safety concerns are emailed; null: to the organisation's coordinators instead. */
  @Column({ name: 'safeguarding_email', type: 'text', nullable: true }) safeguardingEmail: string | null;
  /** The checks a volunteer needs, present and unexpired, to be proposed in its programmes; empty: none. */
  @Column({ name: 'required_vetting_checks', type: 'text', array: true, default: () => `'{}'` }) requiredVettingChecks: VettingCheckKind[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
