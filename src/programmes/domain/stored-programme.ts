import type { ProgrammeRegion, ProgrammeRules, SideRules } from '../../organisations/domain/programme.js';

/** What a client may send for a side's rules: any field absent or null. */
export interface SideRulesInput {
  genders?: SideRules['genders'];
  minAge?: number | null;
  maxAge?: number | null;
}

export interface RulesInput extends Omit<ProgrammeRules, 'migrant' | 'host'> {
  migrant?: SideRulesInput | null;
  host?: SideRulesInput | null;
}

/**
 * Rules as stored: plain data with only the rules there are. Null, absent and an empty list all
 * mean "no rule", so they are left out, and so is a side without rules.
 */
export function storedRules(input: RulesInput): ProgrammeRules {
  const rules: ProgrammeRules = {};
  const migrant = storedSide(input.migrant ?? null);
  const host = storedSide(input.host ?? null);
  if (migrant !== null) rules.migrant = migrant;
  if (host !== null) rules.host = host;
  if (input.sameGender === true) rules.sameGender = true;
  if (input.languages !== null && input.languages !== undefined && input.languages.length > 0) rules.languages = [...input.languages];
  if (input.meeting !== null && input.meeting !== undefined) rules.meeting = input.meeting;
  if (input.matchWeeks !== null && input.matchWeeks !== undefined) rules.matchWeeks = input.matchWeeks;
  if (input.checkInWeeks !== null && input.checkInWeeks !== undefined) rules.checkInWeeks = input.checkInWeeks;
  return rules;
}

function storedSide(input: SideRulesInput | null): SideRules | null {
  if (input === null) return null;
  const side: SideRules = {};
  if (input.genders !== null && input.genders !== undefined && input.genders.length > 0) side.genders = [...input.genders];
  if (input.minAge !== null && input.minAge !== undefined) side.minAge = input.minAge;
  if (input.maxAge !== null && input.maxAge !== undefined) side.maxAge = input.maxAge;
  return Object.keys(side).length === 0 ? null : side;
}

/** A region as stored and shown: the countries, and the centre with its radius or neither. */
export function storedRegion(input: { countryCodes: string[]; placeId?: string | null; radiusKm?: number | null }): Required<ProgrammeRegion> {
  const placeId = input.placeId ?? null;
  const radiusKm = input.radiusKm ?? null;
  const centred = placeId !== null && radiusKm !== null;
  return { countryCodes: [...input.countryCodes], placeId: centred ? placeId : null, radiusKm: centred ? radiusKm : null };
}
