/**
 * Programmes as the domain sees them: plain data, shared by eligibility, joining and the views.
 * The contract's `region` and `rules` are stored as they are written here.
 */
export const PROGRAMME_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const MEETING_MODES = ['in-person', 'online', 'either'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const PROGRAMME_GENDERS = ['female', 'male', 'nonbinary', 'unspecified'] as const;
export type ProgrammeGender = (typeof PROGRAMME_GENDERS)[number];

/** Countries hold the programme; a place and radius narrow them. No countries: anywhere. */
export interface ProgrammeRegion {
  countryCodes: string[];
  placeId?: string | null;
  radiusKm?: number | null;
}

/** Who may take part on one side (migrants or hosts); absent or null means no rule. */
export interface SideRules {
  genders?: ProgrammeGender[] | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export interface ProgrammeRules {
  migrant?: SideRules | null;
  host?: SideRules | null;
  sameGender?: boolean | null;
  languages?: string[] | null;
  meeting?: MeetingMode | null;
  matchWeeks?: number | null;
  checkInWeeks?: number | null;
}

export type MembershipRole = 'migrant' | 'host';
export type MembershipStatus = 'active' | 'left';

/**
 * A fresh installation's organisation and its open programme without extra rules: everything a
 * client does without naming a programme happens there. Fixed ids, written by the migration.
 */
export const DEFAULT_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';
export const DEFAULT_PROGRAMME_ID = '00000000-0000-4000-8000-000000000002';
