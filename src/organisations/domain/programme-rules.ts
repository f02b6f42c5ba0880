/**
 * A programme's rules about people, in one place: who may join (region, each side's genders and
 * ages, languages), and which pairs it allows (both sides still meet their rules, same gender
 * when asked, a shared programme language). Every refusal names the rule in words the person can
 * read. Pure: the caller resolves places and language names.
 */
import type { MembershipRole, ProgrammeGender, ProgrammeRegion, ProgrammeRules, SideRules } from './programme.js';

export type LanguageLevel = 'native' | 'fluent' | 'conversational' | 'basic';

/** What the rules look at in a person (their profile's fields; null when not filled in yet). */
export interface RulePerson {
  role: MembershipRole;
  gender: ProgrammeGender | null;
  birthYear: number | null;
  languages: { code: string; level: LanguageLevel }[];
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
}

export type RuleCode =
  | 'region.place-missing'
  | 'region.country'
  | 'region.distance'
  | 'gender.missing'
  | 'gender.not-allowed'
  | 'age.missing'
  | 'age.too-young'
  | 'age.too-old'
  | 'language.none'
  | 'pair.same-gender'
  | 'pair.no-programme-language';

/** A rule not met: `code` for clients, `message` for people. */
export interface RuleProblem {
  code: RuleCode;
  message: string;
}

/** The place a region is centred on, resolved from its `placeId` by the caller. */
export interface RegionCentre {
  name: string;
  lat: number;
  lon: number;
}

export interface RuleContext {
  now: Date;
  /** A language's name for messages ("Dutch" for "nl"). */
  languageName: (code: string) => string;
}

const SIDE_NAMES: Record<MembershipRole, string> = { migrant: 'newcomers', host: 'volunteers' };

/** Age in whole years as the programme counts it: from the birth year alone, the year's birthday passed. */
export function ageFrom(birthYear: number, now: Date): number {
  return now.getUTCFullYear() - birthYear;
}

/** Great-circle distance in km (the same haversine the matching uses). */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a place lies in the region: one of its countries (none: anywhere), and within the radius of its centre if it has one. */
export function regionProblem(person: Pick<RulePerson, 'countryCode' | 'lat' | 'lon'>, region: ProgrammeRegion, centre: RegionCentre | null): RuleProblem | null {
  const countries = region.countryCodes;
  const radius = region.radiusKm ?? null;
  const narrowed = centre !== null && radius !== null;
  if (countries.length === 0 && !narrowed) return null;
  if (person.countryCode === null || person.lat === null || person.lon === null) {
    return { code: 'region.place-missing', message: 'Add the place where you live to your profile first: this programme runs in one region' };
  }
  if (countries.length > 0 && !countries.includes(person.countryCode)) {
    return { code: 'region.country', message: `This programme runs in ${countries.join(', ')}; your place is in ${person.countryCode}` };
  }
  if (narrowed) {
    const km = kmBetween({ lat: person.lat, lon: person.lon }, centre);
    if (km > radius) {
      return { code: 'region.distance', message: `This programme runs within ${radius} km of ${centre.name}; your place is ${Math.round(km)} km away` };
    }
  }
  return null;
}

/** Whether a person meets their side's rules on gender and age. */
export function sideProblem(person: Pick<RulePerson, 'role' | 'gender' | 'birthYear'>, rules: ProgrammeRules, now: Date): RuleProblem | null {
  const side: SideRules | null | undefined = rules[person.role];
  if (side === null || side === undefined) return null;
  const who = SIDE_NAMES[person.role];
  const genders = side.genders ?? null;
  if (genders !== null && genders.length > 0) {
    if (person.gender === null) return { code: 'gender.missing', message: 'Add your gender to your profile first: this programme has a rule about it' };
    if (!genders.includes(person.gender)) {
      return { code: 'gender.not-allowed', message: `This programme takes ${who} who are ${listOf(genders.map(genderWord))}; your profile says ${genderWord(person.gender)}` };
    }
  }
  const minAge = side.minAge ?? null;
  const maxAge = side.maxAge ?? null;
  if (minAge !== null || maxAge !== null) {
    if (person.birthYear === null) return { code: 'age.missing', message: 'Add your birth year to your profile first: this programme has an age rule' };
    const age = ageFrom(person.birthYear, now);
    if (minAge !== null && age < minAge) return { code: 'age.too-young', message: `This programme takes ${who} aged ${minAge} or over; by your birth year you are ${age}` };
    if (maxAge !== null && age > maxAge) return { code: 'age.too-old', message: `This programme takes ${who} aged up to ${maxAge}; by your birth year you are ${age}` };
  }
  return null;
}

/** Whether a person speaks (at basic level or better) one of the programme's languages. */
export function languageProblem(person: Pick<RulePerson, 'languages'>, rules: ProgrammeRules, context: Pick<RuleContext, 'languageName'>): RuleProblem | null {
  const required = rules.languages ?? null;
  if (required === null || required.length === 0) return null;
  if (person.languages.some((l) => required.includes(l.code))) return null;
  return { code: 'language.none', message: `This programme's pairs speak ${listOf(required.map(context.languageName), 'or')}; add one of them to your languages first` };
}

/** The first rule a person does not meet to join a programme, or null. */
export function joinProblem(person: RulePerson, programme: { region: ProgrammeRegion; rules: ProgrammeRules }, centre: RegionCentre | null, context: RuleContext): RuleProblem | null {
  return regionProblem(person, programme.region, centre) ?? sideProblem(person, programme.rules, context.now) ?? languageProblem(person, programme.rules, context);
}

/**
 * Whether a programme allows this pair. Both sides must still meet their rules (a profile may have
 * changed since joining, and rules changed since apply to new proposals), the pair must be of the
 * same gender when the programme says so, and share one of its languages at basic level or better.
 */
export function pairProblem(
  migrant: Pick<RulePerson, 'role' | 'gender' | 'birthYear' | 'languages'>,
  host: Pick<RulePerson, 'role' | 'gender' | 'birthYear' | 'languages'>,
  rules: ProgrammeRules,
  context: RuleContext,
): RuleProblem | null {
  const side = sideProblem(migrant, rules, context.now) ?? sideProblem(host, rules, context.now);
  if (side !== null) return side;
  if (rules.sameGender === true && (migrant.gender === null || migrant.gender === 'unspecified' || migrant.gender !== host.gender)) {
    return { code: 'pair.same-gender', message: 'This programme pairs people of the same gender' };
  }
  const required = rules.languages ?? null;
  if (required !== null && required.length > 0) {
    const shared = required.some((code) => migrant.languages.some((l) => l.code === code) && host.languages.some((l) => l.code === code));
    if (!shared) return { code: 'pair.no-programme-language', message: `This programme's pairs share ${listOf(required.map(context.languageName), 'or')}` };
  }
  return null;
}

/**
 * The programme's rules as one sentence a person can read, e.g. "This programme pairs women
 * newcomers with women volunteers aged 55 or over, who share Dutch, meeting in person, for 26 weeks".
 * Null when the programme has no rules about people.
 */
export function describeRules(rules: ProgrammeRules, languageName: (code: string) => string): string | null {
  const parts: string[] = [];
  const migrant = sideWords(rules.migrant ?? null, 'newcomers');
  const host = sideWords(rules.host ?? null, 'volunteers');
  if (migrant !== null || host !== null || rules.sameGender === true) {
    parts.push(`pairs ${migrant ?? 'newcomers'} with ${host ?? 'volunteers'}${rules.sameGender === true ? ' of the same gender' : ''}`);
  }
  const languages = rules.languages ?? [];
  if (languages.length > 0) parts.push(`${parts.length === 0 ? 'pairs people who' : 'who'} share ${listOf(languages.map(languageName), 'or')}`);
  if (rules.meeting === 'in-person') parts.push('meeting in person');
  if (rules.meeting === 'online') parts.push('meeting online');
  if (rules.matchWeeks !== null && rules.matchWeeks !== undefined) parts.push(`for ${rules.matchWeeks} weeks`);
  if (parts.length === 0) return null;
  return `This programme ${parts.join(', ')}`;
}

function sideWords(side: SideRules | null, who: string): string | null {
  if (side === null) return null;
  const genders = side.genders ?? [];
  const genderPart = genders.length === 1 ? `${GENDER_ADJECTIVES[genders[0]]} ` : genders.length > 1 ? `${listOf(genders.map(genderWord))} ` : '';
  const min = side.minAge ?? null;
  const max = side.maxAge ?? null;
  const agePart = min !== null && max !== null ? ` aged ${min} to ${max}` : min !== null ? ` aged ${min} or over` : max !== null ? ` aged up to ${max}` : '';
  if (genderPart === '' && agePart === '') return null;
  return `${genderPart}${who}${agePart}`;
}

const GENDER_ADJECTIVES: Record<ProgrammeGender, string> = { female: 'women', male: 'men', nonbinary: 'non-binary', unspecified: 'unspecified-gender' };

function genderWord(gender: ProgrammeGender): string {
  return gender === 'unspecified' ? 'unspecified' : gender === 'nonbinary' ? 'non-binary' : gender;
}

function listOf(words: string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
