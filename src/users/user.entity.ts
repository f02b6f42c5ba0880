import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const USER_ROLES = ['migrant', 'host', 'staff', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_STATUSES = ['active', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const VERIFICATION_STATES = ['pending', 'verified', 'rejected'] as const;
export type Verification = (typeof VERIFICATION_STATES)[number];

/** Staff and admins run programmes; everyone else takes part in them. */
export function isStaffRole(role: UserRole): role is 'staff' | 'admin' {
  return role === 'staff' || role === 'admin';
}

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
  /** Staff: the organisation they coordinate. Admins may coordinate one too; participants none. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ type: 'text', default: 'en' }) locale: string;
  /** When the person proved the address is theirs (a verification or reset link); staff and admins count as verified. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;
  @Column({ name: 'terms_accepted_at', type: 'timestamptz' }) termsAcceptedAt: Date;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
