import { ApiError } from '../api/errors';
import type { Gender, Meeting, Programme, ProgrammeInput, ProgrammeStatus, SideRules } from '../data/programme-api';
import type { ChosenPlace } from '../profile/PlaceSearch';
import { displayNames } from '../i18n/intl-formats';

export const GENDERS: readonly Gender[] = ['female', 'male', 'nonbinary', 'unspecified'];
export const MEETINGS: readonly Meeting[] = ['in-person', 'online', 'either'];
export const STATUSES: readonly ProgrammeStatus[] = ['draft', 'open', 'closed'];

/** The limits API.md sets on a programme. */
export const LIMITS = { name: 200, description: 2000, radiusKm: [1, 2000], age: [0, 120], matchWeeks: [1, 260], checkInWeeks: [1, 52] } as const;

export interface SideDraft {
  genders: Gender[];
  minAge: string;
  maxAge: string;
}

/** The programme form's state: numbers kept as typed text; '' for "no rule". */
export interface ProgrammeDraft {
  name: string;
  description: string;
  countryCodes: string;
  place: ChosenPlace | null;
  radiusKm: string;
  migrant: SideDraft;
  host: SideDraft;
  sameGender: boolean;
  languages: string[];
  meeting: Meeting | '';
  matchWeeks: string;
  checkInWeeks: string;
  status: ProgrammeStatus;
  organisationId: string;
}

/** The form's fields, each the id of its control and the key of its error. */
export const PROGRAMME_FIELDS = [
  'name', 'description', 'countryCodes', 'placeId', 'radiusKm',
  'migrantGenders', 'migrantMinAge', 'migrantMaxAge', 'hostGenders', 'hostMinAge', 'hostMaxAge',
  'sameGender', 'languages', 'meeting', 'matchWeeks', 'checkInWeeks', 'status', 'organisationId',
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

/** What is wrong with a field, as a translation key and its values. */
export interface Problem {
  key: string;
  limit?: number;
}
export type Problems = Partial<Record<ProgrammeField, Problem>>;

const emptySide = (): SideDraft => ({ genders: [], minAge: '', maxAge: '' });

export function emptyDraft(): ProgrammeDraft {
  return {
    name: '', description: '', countryCodes: '', place: null, radiusKm: '', migrant: emptySide(), host: emptySide(), sameGender: false,
    languages: [], meeting: '', matchWeeks: '', checkInWeeks: '', status: 'draft', organisationId: '',
  };
}

const text = (value: number | null | undefined): string => (typeof value === 'number' ? String(value) : '');

function sideDraft(rules: SideRules | null | undefined): SideDraft {
  return { genders: rules?.genders ?? [], minAge: text(rules?.minAge), maxAge: text(rules?.maxAge) };
}

export function draftFromProgramme(programme: Programme): ProgrammeDraft {
  const { region, rules } = programme;
  const placeId = region.placeId ?? null;
  return {
    name: programme.name,
    description: programme.description,
    countryCodes: region.countryCodes.join(', '),
    place: placeId === null ? null : (region.place ?? { id: placeId, name: placeId, countryCode: region.countryCodes[0] ?? '' }),
    radiusKm: text(region.radiusKm),
    migrant: sideDraft(rules.migrant),
    host: sideDraft(rules.host),
    sameGender: rules.sameGender === true,
    languages: rules.languages ?? [],
    meeting: rules.meeting ?? '',
    matchWeeks: text(rules.matchWeeks),
    checkInWeeks: text(rules.checkInWeeks),
    status: programme.status,
    organisationId: programme.organisationId,
  };
}

/** "nl, BE;de" → ["NL", "BE", "DE"], each once. */
export function parseCountryCodes(input: string): string[] {
  return [...new Set(input.split(/[\s,;]+/).map((code) => code.trim().toUpperCase()).filter((code) => code !== ''))];
}

/** An ISO 3166-1 alpha-2 code of a country the browser can name ("NL"); "XX" and "NLD" are not. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    return displayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

/** A whole number within [min, max], else the problem with it; '' is "no rule" unless required. */
function wholeNumber(value: string, [min, max]: readonly [number, number]): Problem | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) return { key: 'errors.validation.integer' };
  if (n < min) return { key: 'errors.validation.min', limit: min };
  if (n > max) return { key: 'errors.validation.max', limit: max };
  return undefined;
}

function checkSide(side: SideDraft, prefix: 'migrant' | 'host', problems: Problems): void {
  const min = wholeNumber(side.minAge, LIMITS.age);
  const max = wholeNumber(side.maxAge, LIMITS.age);
  if (min !== undefined) problems[`${prefix}MinAge`] = min;
  if (max !== undefined) problems[`${prefix}MaxAge`] = max;
  if (min === undefined && max === undefined && side.minAge.trim() !== '' && side.maxAge.trim() !== '' && Number(side.minAge) > Number(side.maxAge)) {
    problems[`${prefix}MaxAge`] = { key: 'staff.programmes.errors.ageOrder' };
  }
}

/** The same checks the server makes (API.md), so most mistakes are shown before anything is sent. */
export function validateDraft(draft: ProgrammeDraft): Problems {
  const problems: Problems = {};
  const name = draft.name.trim();
  if (name === '') problems.name = { key: 'errors.validation.required' };
  else if (name.length > LIMITS.name) problems.name = { key: 'errors.validation.maxLength', limit: LIMITS.name };
  if (draft.description.length > LIMITS.description) problems.description = { key: 'errors.validation.maxLength', limit: LIMITS.description };
  const codes = parseCountryCodes(draft.countryCodes);
  // No countries: the programme runs anywhere (as the default programme does).
  if (!codes.every(isCountryCode)) problems.countryCodes = { key: 'staff.programmes.errors.countryCodes' };
  const radius = wholeNumber(draft.radiusKm, LIMITS.radiusKm);
  if (radius !== undefined) problems.radiusKm = radius;
  else if (draft.place !== null && draft.radiusKm.trim() === '') problems.radiusKm = { key: 'staff.programmes.errors.radiusNeeded' };
  else if (draft.place === null && draft.radiusKm.trim() !== '') problems.placeId = { key: 'staff.programmes.errors.placeNeeded' };
  checkSide(draft.migrant, 'migrant', problems);
  checkSide(draft.host, 'host', problems);
  const matchWeeks = wholeNumber(draft.matchWeeks, LIMITS.matchWeeks);
  if (matchWeeks !== undefined) problems.matchWeeks = matchWeeks;
  const checkInWeeks = wholeNumber(draft.checkInWeeks, LIMITS.checkInWeeks);
  if (checkInWeeks !== undefined) problems.checkInWeeks = checkInWeeks;
  return problems;
}

const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

function sideRules(side: SideDraft): SideRules | null {
  const rules: SideRules = { genders: side.genders.length === 0 ? null : side.genders, minAge: numberOrNull(side.minAge), maxAge: numberOrNull(side.maxAge) };
  return rules.genders === null && rules.minAge === null && rules.maxAge === null ? null : rules;
}

/**
 * The programme as POST/PATCH /api/staff/programmes take it. Rules left empty are sent as null
 * ("no rule"), so an edit can also lift a rule; `organisationId` only when an admin chose one.
 */
export function inputFromDraft(draft: ProgrammeDraft): ProgrammeInput {
  const input: ProgrammeInput = {
    name: draft.name.trim(),
    description: draft.description.trim(),
    region: {
      countryCodes: parseCountryCodes(draft.countryCodes),
      ...(draft.place === null ? {} : { placeId: draft.place.id, radiusKm: numberOrNull(draft.radiusKm) }),
    },
    rules: {
      migrant: sideRules(draft.migrant),
      host: sideRules(draft.host),
      sameGender: draft.sameGender ? true : null,
      languages: draft.languages.length === 0 ? null : draft.languages,
      meeting: draft.meeting === '' ? null : draft.meeting,
      matchWeeks: numberOrNull(draft.matchWeeks),
      checkInWeeks: numberOrNull(draft.checkInWeeks),
    },
    status: draft.status,
  };
  if (draft.organisationId !== '') input.organisationId = draft.organisationId;
  return input;
}

/** The changes PATCH takes: everything but the organisation, which a programme never changes. */
export function changesFromDraft(draft: ProgrammeDraft): ProgrammeInput {
  const { organisationId: _organisation, ...changes } = inputFromDraft(draft);
  return changes;
}

/** The server's property paths (class-validator names nested ones in full) and the fields that show them. */
const FIELD_BY_PATH: Record<string, ProgrammeField> = {
  name: 'name',
  description: 'description',
  region: 'countryCodes',
  'region.countryCodes': 'countryCodes',
  'region.placeId': 'placeId',
  'region.radiusKm': 'radiusKm',
  'rules.migrant': 'migrantGenders',
  'rules.migrant.genders': 'migrantGenders',
  'rules.migrant.minAge': 'migrantMinAge',
  'rules.migrant.maxAge': 'migrantMaxAge',
  'rules.host': 'hostGenders',
  'rules.host.genders': 'hostGenders',
  'rules.host.minAge': 'hostMinAge',
  'rules.host.maxAge': 'hostMaxAge',
  'rules.sameGender': 'sameGender',
  'rules.languages': 'languages',
  'rules.meeting': 'meeting',
  'rules.matchWeeks': 'matchWeeks',
  'rules.checkInWeeks': 'checkInWeeks',
  status: 'status',
  organisationId: 'organisationId',
};

/** The field a server message is about: "rules.host.minAge must not be less than 0" → hostMinAge. */
export function programmeFieldOf(message: string): ProgrammeField | undefined {
  const match = /^(?:(?:nested )?property |each value in |All )?([A-Za-z_$][\w$.]*)/.exec(message);
  if (match?.[1] === undefined) return undefined;
  // "region.countryCodes.0" is about the list; a trailing "'s" comes from "All …'s elements".
  let path = match[1].split('.').filter((part) => !/^\d+$/.test(part)).join('.');
  while (path !== '' && FIELD_BY_PATH[path] === undefined) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  return path === '' ? undefined : FIELD_BY_PATH[path];
}

/** A 400's messages by the field they are about, and the rest. */
export function serverProblems(error: ApiError): { byField: Partial<Record<ProgrammeField, string[]>>; other: string[] } {
  const byField: Partial<Record<ProgrammeField, string[]>> = {};
  const other: string[] = [];
  for (const message of error.messages) {
    const field = error.status === 400 ? programmeFieldOf(message) : undefined;
    if (field === undefined) other.push(message);
    else (byField[field] ??= []).push(message);
  }
  return { byField, other };
}
