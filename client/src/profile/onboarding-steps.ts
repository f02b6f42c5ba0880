import type { User } from '../api/client';
import type { ProfileForm } from './profile-form';

/** The step-by-step profile, one topic a screen, in the order a newcomer is asked. */
export const STEP_IDS = ['about', 'languages', 'learning', 'place', 'interests', 'availability', 'partner', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The fields of PUT /api/me/profile each step asks for. */
export const STEP_FIELDS: Readonly<Record<StepId, readonly string[]>> = {
  about: ['bio', 'birthYear', 'gender'],
  languages: ['languages'],
  learning: ['learning'],
  place: ['placeId', 'maxDistanceKm', 'meetOnline'],
  interests: ['interests'],
  availability: ['availability', 'timezone'],
  partner: ['partnerGender', 'capacity'],
  review: [],
};

/** What is wrong with a field, as a key the page says in plain words (`onboarding.problems.*`). */
export type StepProblem =
  | 'gender.required'
  | 'birthYear.range'
  | 'languages.required'
  | 'placeId.required'
  | 'maxDistanceKm.range'
  | 'availability.required'
  | 'timezone.required'
  | 'partnerGender.required'
  | 'capacity.range';

export type StepErrors = Partial<Record<string, StepProblem>>;

export interface MissingItem {
  step: StepId;
  field: string;
  problem: StepProblem;
}

/** Limits the server sets (ProfileInputDto); the server still decides. */
const OLDEST_BIRTH_YEAR = 1900;
const MINIMUM_AGE = 16;

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

function isWholeNumberBetween(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text);
  return value >= min && value <= max;
}

/** The problems of one step only, so Next never complains about a screen still to come. */
export function validateStep(step: StepId, form: ProfileForm, role: User['role'], thisYear: number): StepErrors {
  const errors: StepErrors = {};
  switch (step) {
    case 'about':
      if (form.birthYear.trim() !== '' && !isWholeNumberBetween(form.birthYear, OLDEST_BIRTH_YEAR, thisYear - MINIMUM_AGE)) errors.birthYear = 'birthYear.range';
      if (form.gender === '') errors.gender = 'gender.required';
      break;
    case 'languages':
      if (!form.languages.some((language) => language.code !== '')) errors.languages = 'languages.required';
      break;
    case 'place':
      if (form.place === null) errors.placeId = 'placeId.required';
      if (!isWholeNumberBetween(form.maxDistanceKm, 1, 500)) errors.maxDistanceKm = 'maxDistanceKm.range';
      break;
    case 'availability':
      if (form.availability.length === 0) errors.availability = 'availability.required';
      if (form.timezone === '') errors.timezone = 'timezone.required';
      break;
    case 'partner':
      if (form.partnerGender === '') errors.partnerGender = 'partnerGender.required';
      if (role === 'host' && !isWholeNumberBetween(form.capacity, 1, 5)) errors.capacity = 'capacity.range';
      break;
    case 'learning':
    case 'interests':
    case 'review':
      break;
  }
  return errors;
}

/** Everything still missing or wrong, in step order: what the review step lists, each item linking to its step. */
export function missingItems(form: ProfileForm, role: User['role'], thisYear: number): MissingItem[] {
  return STEP_IDS.flatMap((step) =>
    Object.entries(validateStep(step, form, role, thisYear)).flatMap(([field, problem]) => (problem === undefined ? [] : [{ step, field, problem }])),
  );
}

/** The step that asks for a field (a name from the server's `missing` list or a refusal); undefined for fields no step has. */
export function stepOfField(field: string): StepId | undefined {
  return STEP_IDS.find((step) => STEP_FIELDS[step].includes(field));
}

export function stepNumber(step: StepId): number {
  return STEP_IDS.indexOf(step) + 1;
}

export function nextStep(step: StepId): StepId {
  return STEP_IDS[Math.min(STEP_IDS.indexOf(step) + 1, STEP_IDS.length - 1)] ?? step;
}

export function previousStep(step: StepId): StepId {
  return STEP_IDS[Math.max(STEP_IDS.indexOf(step) - 1, 0)] ?? step;
}

/** The address of a step, for links from "what is missing". */
export function stepPath(step: StepId): string {
  return `/profile/steps?step=${step}`;
}

/** What is kept while a person fills the steps: only profile answers, never a token or password. */
export interface OnboardingDraft {
  step: StepId;
  form: ProfileForm;
}

const DRAFT_VERSION = 1;

/** One draft per account, so another person signing in to the same browser never sees it. */
export function draftKey(userId: string): string {
  return `common-ground.onboarding.${userId}`;
}

export function serialiseDraft(draft: OnboardingDraft): string {
  return JSON.stringify({ version: DRAFT_VERSION, step: draft.step, form: draft.form });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STRING_FIELDS = ['bio', 'birthYear', 'gender', 'partnerGender', 'maxDistanceKm', 'timezone', 'capacity'] as const;
const ARRAY_FIELDS = ['languages', 'learning', 'interests', 'availability'] as const;

/**
 * A stored draft laid over the profile as the server has it; null when there is none or it is not
 * one this version wrote (then the person starts from the saved profile rather than from garbage).
 */
export function restoreDraft(stored: string | null, base: ProfileForm): OnboardingDraft | null {
  if (stored === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.version !== DRAFT_VERSION || !isStepId(parsed.step) || !isRecord(parsed.form)) return null;
  const form = parsed.form;
  if (!STRING_FIELDS.every((field) => typeof form[field] === 'string')) return null;
  if (!ARRAY_FIELDS.every((field) => Array.isArray(form[field]))) return null;
  if (typeof form.meetOnline !== 'boolean') return null;
  const place = form.place;
  if (place !== null && !(isRecord(place) && typeof place.id === 'string' && typeof place.name === 'string' && typeof place.countryCode === 'string')) return null;
  // The shape was checked field by field above.
  return { step: parsed.step, form: { ...base, ...(form as unknown as ProfileForm) } };
}

/** The first step to show: the one the address names, else the one the draft was on, else the first. */
export function startingStep(fromAddress: string | null, draft: OnboardingDraft | null): StepId {
  if (isStepId(fromAddress)) return fromAddress;
  return draft?.step ?? STEP_IDS[0];
}
