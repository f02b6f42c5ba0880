import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { profileErrors, type ProfilesErrorCode } from './profile-errors.js';

describe('profiles error codes', () => {
  const STATUS: Record<ProfilesErrorCode, number> = {
    'profile.staff': 403,
    'profile.capacity-hosts-only': 400,
    'profile.unknown-place': 400,
    'volunteer.not-found': 404,
    'organisation.not-found': 404,
    'vetting.organisation-required': 400,
    'vetting.unknown-kind': 400,
    'vetting.invalid-date': 400,
    'vetting.checked-in-future': 400,
    'vetting.expiry-not-after-check': 400,
    'vetting-check.not-found': 404,
  };

  itAnswersEveryCodeWith(profileErrors, STATUS);

  it('says "Volunteer not found"', () => {
    expect(profileErrors.notFound('volunteer')).toMatchObject({ code: 'volunteer.not-found', message: 'Volunteer not found' });
  });
});
