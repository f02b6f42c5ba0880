import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const GENDERS = ['female', 'male', 'nonbinary', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];
export const PARTNER_GENDERS = ['any', 'same'] as const;
export type PartnerGender = (typeof PARTNER_GENDERS)[number];
export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export interface StoredLanguage {
  code: string;
  level: LanguageLevel;
}

export interface StoredAvailability {
  day: number;
  start: string;
  end: string;
}

/**
 * What a person says about themselves. `languageCodes` mirrors `languages` as an indexed array
 * so candidate search filters on language overlap with a GIN index; coordinates feed an
 * earthdistance GiST index. Coordinates never leave the server for anyone but the owner.
 */
@Entity({ name: 'profiles' })
export class ProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text', nullable: true }) bio: string | null;
  @Column({ name: 'birth_year', type: 'int', nullable: true }) birthYear: number | null;
  @Column({ type: 'text', nullable: true }) gender: Gender | null;
  @Column({ name: 'partner_gender', type: 'text', nullable: true }) partnerGender: PartnerGender | null;
  @Column({ name: 'place_id', type: 'text', nullable: true }) placeId: string | null;
  @Column({ name: 'place_name', type: 'text', nullable: true }) placeName: string | null;
  @Column({ name: 'country_code', type: 'text', nullable: true }) countryCode: string | null;
  @Column({ type: 'double precision', nullable: true }) lat: number | null;
  @Column({ type: 'double precision', nullable: true }) lon: number | null;
  @Column({ name: 'max_distance_km', type: 'int', nullable: true }) maxDistanceKm: number | null;
  @Column({ name: 'meet_online', type: 'boolean', default: false }) meetOnline: boolean;
  @Column({ type: 'jsonb', default: () => `'[]'` }) languages: StoredLanguage[];
  @Column({ name: 'language_codes', type: 'text', array: true, default: () => `'{}'` }) languageCodes: string[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) learning: string[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) interests: string[];
  @Column({ type: 'jsonb', default: () => `'[]'` }) availability: StoredAvailability[];
  @Column({ type: 'text', nullable: true }) timezone: string | null;
  @Column({ type: 'int', nullable: true }) capacity: number | null;
  @Column({ type: 'boolean', default: false }) complete: boolean;
  /** When the profile first became complete: the start of a person's wait for a match. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
