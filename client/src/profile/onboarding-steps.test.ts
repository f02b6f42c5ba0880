import { describe, expect, it } from 'vitest';
import { draftKey, missingItems, nextStep, previousStep, restoreDraft, serialiseDraft, startingStep, STEP_IDS, stepNumber, stepOfField, validateStep } from './onboarding-steps';
import type { ProfileForm } from './profile-form';

const YEAR = 2026;

function makeForm(patch: Partial<ProfileForm> = {}): ProfileForm {
  return {
    bio: '', birthYear: '', gender: '', partnerGender: '', place: null, maxDistanceKm: '15', meetOnline: false,
    languages: [], learning: [], interests: [], availability: [], timezone: 'Europe/Amsterdam', capacity: '', ...patch,
  };
}

const complete = makeForm({
  gender: 'female', partnerGender: 'any', place: { id: '2759794', name: 'Amsterdam', countryCode: 'NL' },
  languages: [{ code: 'ar', level: 'native' }], availability: [{ day: 3, start: '18:00', end: '21:00' }],
});

describe('the steps', () => {
  it('go forward and back one at a time and stop at both ends', () => {
    expect(STEP_IDS).toEqual(['about', 'languages', 'learning', 'place', 'interests', 'availability', 'partner', 'review']);
    expect(nextStep('about')).toBe('languages');
    expect(previousStep('languages')).toBe('about');
    expect(previousStep('about')).toBe('about');
    expect(nextStep('review')).toBe('review');
    expect(stepNumber('place')).toBe(4);
  });

  it('name the step that asks for each field the server may say is missing', () => {
    expect(['placeId', 'maxDistanceKm', 'languages', 'availability', 'timezone', 'gender', 'partnerGender', 'capacity'].map(stepOfField))
      .toEqual(['place', 'place', 'languages', 'availability', 'availability', 'about', 'partner', 'partner']);
    expect(stepOfField('displayName')).toBeUndefined();
  });
});

describe('validateStep', () => {
  it('checks only the fields of the step it is given', () => {
    const empty = makeForm();
    expect(validateStep('about', empty, 'migrant', YEAR)).toEqual({ gender: 'gender.required' });
    expect(validateStep('languages', empty, 'migrant', YEAR)).toEqual({ languages: 'languages.required' });
    expect(validateStep('place', empty, 'migrant', YEAR)).toEqual({ placeId: 'placeId.required' });
    expect(validateStep('availability', makeForm({ timezone: '' }), 'migrant', YEAR)).toEqual({ availability: 'availability.required', timezone: 'timezone.required' });
    expect(validateStep('learning', empty, 'migrant', YEAR)).toEqual({});
    expect(validateStep('interests', empty, 'migrant', YEAR)).toEqual({});
  });

  it('takes a birth year only from people at least 16, and none at all', () => {
    expect(validateStep('about', complete, 'migrant', YEAR)).toEqual({});
    expect(validateStep('about', { ...complete, birthYear: '2010' }, 'migrant', YEAR)).toEqual({});
    expect(validateStep('about', { ...complete, birthYear: '2011' }, 'migrant', YEAR)).toEqual({ birthYear: 'birthYear.range' });
    expect(validateStep('about', { ...complete, birthYear: '19a0' }, 'migrant', YEAR)).toEqual({ birthYear: 'birthYear.range' });
  });

  it('counts a language row only once a language is chosen, and keeps distance and capacity in range', () => {
    expect(validateStep('languages', makeForm({ languages: [{ code: '', level: 'basic' }] }), 'migrant', YEAR)).toEqual({ languages: 'languages.required' });
    expect(validateStep('place', { ...complete, maxDistanceKm: '501' }, 'migrant', YEAR)).toEqual({ maxDistanceKm: 'maxDistanceKm.range' });
    expect(validateStep('partner', complete, 'host', YEAR)).toEqual({ capacity: 'capacity.range' });
    expect(validateStep('partner', { ...complete, capacity: '2' }, 'host', YEAR)).toEqual({});
    expect(validateStep('partner', complete, 'migrant', YEAR)).toEqual({});
  });
});

describe('missingItems', () => {
  it('lists what is still needed in step order, each with its step', () => {
    expect(missingItems(makeForm(), 'migrant', YEAR)).toEqual([
      { step: 'about', field: 'gender', problem: 'gender.required' },
      { step: 'languages', field: 'languages', problem: 'languages.required' },
      { step: 'place', field: 'placeId', problem: 'placeId.required' },
      { step: 'availability', field: 'availability', problem: 'availability.required' },
      { step: 'partner', field: 'partnerGender', problem: 'partnerGender.required' },
    ]);
    expect(missingItems(complete, 'migrant', YEAR)).toEqual([]);
  });
});

describe('drafts', () => {
  it('are kept per account', () => {
    expect(draftKey('a')).not.toBe(draftKey('b'));
  });

  it('come back with their step and answers', () => {
    const stored = serialiseDraft({ step: 'place', form: complete });
    expect(restoreDraft(stored, makeForm())).toEqual({ step: 'place', form: complete });
  });

  it('are ignored when missing, unreadable or not written by this version', () => {
    const base = makeForm();
    expect(restoreDraft(null, base)).toBeNull();
    expect(restoreDraft('{not json', base)).toBeNull();
    expect(restoreDraft(JSON.stringify({ version: 2, step: 'place', form: complete }), base)).toBeNull();
    expect(restoreDraft(JSON.stringify({ version: 1, step: 'elsewhere', form: complete }), base)).toBeNull();
    expect(restoreDraft(JSON.stringify({ version: 1, step: 'place', form: { ...complete, languages: 'ar' } }), base)).toBeNull();
    expect(restoreDraft(JSON.stringify({ version: 1, step: 'place', form: { ...complete, place: { id: 1 } } }), base)).toBeNull();
  });

  it('start where the address says, else where the draft was', () => {
    const draft = { step: 'availability' as const, form: complete };
    expect(startingStep('place', draft)).toBe('place');
    expect(startingStep(null, draft)).toBe('availability');
    expect(startingStep('nowhere', null)).toBe('about');
  });
});
