/**
 * Organisations, programmes and check-ins as the server's OpenAPI document describes them
 * (API.md "Organisations and programmes" and "Check-ins"), named for the pages that use them.
 */
import type { components } from '../api/schema';
import type { User } from '../api/client';

type Schemas = components['schemas'];

export type Gender = NonNullable<SideRules['genders']>[number];
export type Meeting = NonNullable<ProgrammeRules['meeting']>;
export type ProgrammeStatus = Programme['status'];
export type AccountRole = User['role'];
export type MemberRole = Membership['role'];

export type Organisation = Schemas['OrganisationView'];
/** One side of a pair (the newcomer or the volunteer); absent or null means no rule. */
export type SideRules = Schemas['SideRulesInput'];
export type ProgrammeRules = Schemas['RulesInput'];
/** A programme's region as shown: the stored one, with its centre place by name. */
export type ProgrammeRegion = Schemas['RegionView'];
export type Programme = Schemas['ProgrammeView'];
export type ProgrammeInput = Schemas['CreateProgrammeDto'];
export type ProgrammeChanges = Schemas['UpdateProgrammeDto'];
export type Membership = Schemas['MembershipView'];
export type JoinProgrammeInput = Schemas['JoinProgrammeDto'];
export type Account = User;
export type CheckIn = Schemas['CheckInView'];
export type CheckInInput = Schemas['CreateCheckInDto'];
export type ProgrammeStats = Schemas['ProgrammeStatsView'];
export type NewStaffInput = Schemas['CreateCoordinatorDto'];
