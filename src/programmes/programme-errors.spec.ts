import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { programmeErrors, type ProgrammesErrorCode } from './programme-errors.js';

describe('programmes error codes', () => {
  const STATUS: Record<ProgrammesErrorCode, number> = {
    'organisation.not-found': 404,
    'organisation.name-taken': 409,
    'programme.not-found': 404,
    'programme.organisation-required': 400,
    'programme.unknown-place': 400,
    'programme.reopened-as-draft': 409,
    'programme.default-closed': 409,
    'programme.not-open': 409,
    'programme.already-member': 409,
    'programme.staff': 403,
    'membership.not-found': 404,
    // A rule the person does not meet conflicts with their profile as it is now.
    'programme.region.place-missing': 409,
    'programme.region.country': 409,
    'programme.region.distance': 409,
    'programme.gender.missing': 409,
    'programme.gender.not-allowed': 409,
    'programme.age.missing': 409,
    'programme.age.too-young': 409,
    'programme.age.too-old': 409,
    'programme.language.none': 409,
    'programme.pair.same-gender': 409,
    'programme.pair.no-programme-language': 409,
  };

  itAnswersEveryCodeWith(programmeErrors, STATUS);

  it('says "Programme not found" for a programme outside the caller’s reach', () => {
    expect(programmeErrors.notFound('programme')).toMatchObject({ code: 'programme.not-found', status: 404, message: 'Programme not found' });
  });
});
