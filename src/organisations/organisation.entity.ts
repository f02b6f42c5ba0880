import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A National Society or one of its branches: it runs programmes and has its own staff. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'country_code', type: 'text' }) countryCode: string;
  /** Where urgent safety concerns are emailed; null: to the organisation's coordinators instead. */
  @Column({ name: 'safeguarding_email', type: 'text', nullable: true }) safeguardingEmail: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
