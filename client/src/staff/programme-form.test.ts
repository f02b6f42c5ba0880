import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { Programme } from '../data/programme-api';
import {
  changesFromDraft, draftFromProgramme, emptyDraft, inputFromDraft, isCountryCode, parseCountryCodes, programmeFieldOf, serverProblems, validateDraft,
  type ProgrammeDraft,
} from './programme-form';

const draft = (patch: Partial<ProgrammeDraft> = {}): ProgrammeDraft => ({ ...emptyDraft(), name: '1001 Strengths', countryCodes: 'NL', ...patch });
const side = (minAge: string, maxAge: string) => ({ genders: [], minAge, maxAge });

describe('checking the programme form as the server does', () => {
  it('accepts a name and a country, and nothing else', () => {
    expect(validateDraft(draft())).toEqual({});
  });

  it('needs a name of at most 200 characters and a description of at most 2000', () => {
    expect(validateDraft(draft({ name: '   ' })).name).toEqual({ key: 'errors.validation.required' });
    expect(validateDraft(draft({ name: 'x'.repeat(200) })).name).toBeUndefined();
    expect(validateDraft(draft({ name: 'x'.repeat(201) })).name).toEqual({ key: 'errors.validation.maxLength', limit: 200 });
    expect(validateDraft(draft({ description: 'x'.repeat(2000) })).description).toBeUndefined();
    expect(validateDraft(draft({ description: 'x'.repeat(2001) })).description).toEqual({ key: 'errors.validation.maxLength', limit: 2000 });
  });

  it('takes ISO 3166 alpha-2 country codes, or none for a programme that runs anywhere', () => {
    expect(validateDraft(draft({ countryCodes: '' })).countryCodes).toBeUndefined();
    expect(inputFromDraft(draft({ countryCodes: ' ' })).region).toEqual({ countryCodes: [] });
    expect(validateDraft(draft({ countryCodes: 'nl, be' })).countryCodes).toBeUndefined();
    for (const codes of ['NLD', 'XX', 'N1', 'NL, Netherlands']) {
      expect(validateDraft(draft({ countryCodes: codes })).countryCodes, codes).toEqual({ key: 'staff.programmes.errors.countryCodes' });
    }
    expect(parseCountryCodes(' nl;be  NL,,de ')).toEqual(['NL', 'BE', 'DE']);
    expect(isCountryCode('ZA')).toBe(true);
    expect(isCountryCode('za')).toBe(false);
  });

  it('takes a radius of 1 to 2000 km, only with a place', () => {
    const utrecht = { id: '2745912', name: 'Utrecht', countryCode: 'NL' };
    expect(validateDraft(draft({ place: utrecht, radiusKm: '40' }))).toEqual({});
    expect(validateDraft(draft({ place: utrecht, radiusKm: '0' })).radiusKm).toEqual({ key: 'errors.validation.min', limit: 1 });
    expect(validateDraft(draft({ place: utrecht, radiusKm: '2001' })).radiusKm).toEqual({ key: 'errors.validation.max', limit: 2000 });
    expect(validateDraft(draft({ place: utrecht, radiusKm: '4.5' })).radiusKm).toEqual({ key: 'errors.validation.integer' });
    expect(validateDraft(draft({ place: utrecht, radiusKm: '' })).radiusKm).toEqual({ key: 'staff.programmes.errors.radiusNeeded' });
    expect(validateDraft(draft({ place: null, radiusKm: '40' })).placeId).toEqual({ key: 'staff.programmes.errors.placeNeeded' });
  });

  it('takes ages of 0 to 120 on each side, the lowest not above the highest', () => {
    expect(validateDraft(draft({ host: side('55', '') }))).toEqual({});
    expect(validateDraft(draft({ host: side('55', '55') }))).toEqual({});
    expect(validateDraft(draft({ host: side('60', '55') })).hostMaxAge).toEqual({ key: 'staff.programmes.errors.ageOrder' });
    expect(validateDraft(draft({ migrant: side('-1', '121') }))).toEqual({
      migrantMinAge: { key: 'errors.validation.min', limit: 0 }, migrantMaxAge: { key: 'errors.validation.max', limit: 120 },
    });
  });

  it('takes matches of 1 to 260 weeks and check-ins every 1 to 52 weeks', () => {
    expect(validateDraft(draft({ matchWeeks: '260', checkInWeeks: '52' }))).toEqual({});
    expect(validateDraft(draft({ matchWeeks: '0', checkInWeeks: '53' }))).toEqual({
      matchWeeks: { key: 'errors.validation.min', limit: 1 }, checkInWeeks: { key: 'errors.validation.max', limit: 52 },
    });
    expect(validateDraft(draft({ matchWeeks: '261' })).matchWeeks).toEqual({ key: 'errors.validation.max', limit: 260 });
  });
});

describe('what the form sends', () => {
  it('sends rules left empty as null, so an edit lifts them, and the region without a place', () => {
    expect(inputFromDraft(draft({ description: ' Women meet women ', countryCodes: 'nl' }))).toEqual({
      name: '1001 Strengths', description: 'Women meet women', status: 'draft',
      region: { countryCodes: ['NL'] },
      rules: { migrant: null, host: null, sameGender: null, languages: null, meeting: null, matchWeeks: null, checkInWeeks: null },
    });
  });

  it('sends every rule filled in, numbers as numbers, and the organisation an admin chose', () => {
    const input = inputFromDraft(draft({
      place: { id: '2745912', name: 'Utrecht', countryCode: 'NL' }, radiusKm: '40',
      migrant: { genders: ['female'], minAge: '', maxAge: '' }, host: { genders: ['female'], minAge: '55', maxAge: '' },
      sameGender: true, languages: ['nl'], meeting: 'in-person', matchWeeks: '26', checkInWeeks: '4', status: 'open', organisationId: 'org-1',
    }));
    expect(input).toEqual({
      name: '1001 Strengths', description: '', status: 'open', organisationId: 'org-1',
      region: { countryCodes: ['NL'], placeId: '2745912', radiusKm: 40 },
      rules: {
        migrant: { genders: ['female'], minAge: null, maxAge: null }, host: { genders: ['female'], minAge: 55, maxAge: null },
        sameGender: true, languages: ['nl'], meeting: 'in-person', matchWeeks: 26, checkInWeeks: 4,
      },
    });
  });

  it('fills the form from a stored programme and sends it back unchanged', () => {
    const programme: Programme = {
      id: 'p1', organisationId: 'org-1', organisationName: 'Rode Kruis', name: 'Ubuntu', description: 'Neighbours', status: 'open', createdAt: '2026-11-01T10:00:00.000Z',
      region: { countryCodes: ['ZA'], placeId: '993800', radiusKm: 60, place: { id: '993800', name: 'Johannesburg', countryCode: 'ZA' } },
      rules: { host: { genders: null, minAge: 21, maxAge: 70 }, meeting: 'either', checkInWeeks: 2 }, summary: null,
    };
    const form = draftFromProgramme(programme);
    expect(form).toMatchObject({ countryCodes: 'ZA', place: { id: '993800', name: 'Johannesburg' }, radiusKm: '60', host: { genders: [], minAge: '21', maxAge: '70' }, matchWeeks: '' });
    expect(inputFromDraft(form)).toMatchObject({ region: { countryCodes: ['ZA'], placeId: '993800', radiusKm: 60 }, rules: { host: { genders: null, minAge: 21, maxAge: 70 }, meeting: 'either', checkInWeeks: 2, migrant: null } });
  });

  it('never sends the organisation with an edit: a programme stays with its organisation', () => {
    const programme: Programme = {
      id: 'p1', organisationId: 'org-1', organisationName: 'Rode Kruis', name: 'Ubuntu', description: '', status: 'draft', createdAt: '2026-11-01T10:00:00.000Z',
      region: { countryCodes: ['ZA'], place: null }, rules: {}, summary: null,
    };
    const form = draftFromProgramme(programme);
    expect(inputFromDraft(form).organisationId).toBe('org-1');
    expect(changesFromDraft(form)).not.toHaveProperty('organisationId');
    expect(changesFromDraft({ ...form, status: 'open' })).toMatchObject({ name: 'Ubuntu', status: 'open' });
  });
});

describe('the server\'s refusals, by field', () => {
  it('places nested property paths under their fields', () => {
    expect(programmeFieldOf('rules.host.minAge must not be less than 0')).toBe('hostMinAge');
    expect(programmeFieldOf('rules.migrant.genders.0 must be one of the following values: female, male')).toBe('migrantGenders');
    expect(programmeFieldOf('each value in region.countryCodes must be an ISO 3166-1 alpha-2 code')).toBe('countryCodes');
    expect(programmeFieldOf('region.radiusKm must not be greater than 2000')).toBe('radiusKm');
    expect(programmeFieldOf('rules.matchWeeks must be an integer number')).toBe('matchWeeks');
    expect(programmeFieldOf('name must be shorter than or equal to 200 characters')).toBe('name');
    expect(programmeFieldOf('property colour should not exist')).toBeUndefined();
    expect(programmeFieldOf('rules.somethingNew must be a string')).toBeUndefined();
  });

  it('keeps what names no field for the form as a whole, and places nothing of a conflict', () => {
    const refusal = new ApiError(400, ['rules.checkInWeeks must not be greater than 52', 'property colour should not exist']);
    expect(serverProblems(refusal)).toEqual({ byField: { checkInWeeks: ['rules.checkInWeeks must not be greater than 52'] }, other: ['property colour should not exist'] });
    expect(serverProblems(new ApiError(409, ['name is taken'], 'programme.name-taken'))).toEqual({ byField: {}, other: ['name is taken'] });
  });
});
