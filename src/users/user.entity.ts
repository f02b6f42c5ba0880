import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const USER_ROLES = ['migrant', 'host', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_STATUSES = ['active', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const VERIFICATION_STATES = ['pending', 'verified', 'rejected'] as const;
export type Verification = (typeof VERIFICATION_STATES)[number];

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Null once the account is erased, which frees the address for a new sign-up. */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ type: 'text' }) role: UserRole;
  @Column({ type: 'text', default: 'active' }) status: UserStatus;
  /** Null with status `suspended` means suspended until staff lift it. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true }) suspendedUntil: Date | null;
  @Column({ name: 'suspension_reason', type: 'text', nullable: true }) suspensionReason: string | null;
  @Column({ type: 'text', nullable: true }) verification: Verification | null;
  @Column({ name: 'verification_note', type: 'text', nullable: true }) verificationNote: string | null;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ name: 'terms_accepted_at', type: 'timestamptz' }) termsAcceptedAt: Date;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
