import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { INELIGIBILITY_MESSAGES } from './domain/pair.js';
import { matchingErrors, type MatchingErrorCode } from './matching-errors.js';

describe('matching error codes', () => {
  const STATUS: Record<MatchingErrorCode, number> = {
    'matching.not-migrant-host-pair': 409,
    'matching.host-not-verified': 409,
    'matching.host-checks-lapsed': 409,
    'matching.inactive-or-incomplete': 409,
    'matching.pair-excluded': 409,
    'matching.migrant-already-matched': 409,
    'matching.host-full': 409,
    'matching.no-shared-language': 409,
    'matching.too-far': 409,
    'matching.gender-preference': 409,
    'matching.host-pending': 409,
    'matching.host-rejected': 409,
    'matching.profile-incomplete': 409,
    'matching.run-in-progress': 409,
    'matching.run-not-reviewable': 409,
    'matching.run-committed': 409,
    'matching.run-discarded': 409,
    'matching.run-stale': 409,
    'matching.not-in-programme': 409,
    'matching.meeting-mode': 409,
    'matching.programme-rules': 409,
    'matching.no-shared-programme': 409,
    'matching.several-shared-programmes': 409,
    'matching.programme-not-open': 409,
    'programme.not-found': 404,
    'matching.staff': 403,
    'matching run.not-found': 404,
    'person.not-found': 404,
  };

  itAnswersEveryCodeWith(matchingErrors, STATUS);

  it('answers every broken pair rule with a 409', () => {
    for (const rule of Object.keys(INELIGIBILITY_MESSAGES)) expect(STATUS[`matching.${rule}` as MatchingErrorCode]).toBe(409);
  });

  it('keeps the not-found wording clients already show', () => {
    expect(matchingErrors.notFound('matching run')).toMatchObject({ code: 'matching run.not-found', message: 'Matching run not found' });
    expect(matchingErrors.notFound('person')).toMatchObject({ code: 'person.not-found', message: 'Person not found' });
  });

  it('compiles only its own codes', () => {
    // @ts-expect-error a verified host is matched, so there is no 'matching.host-verified'
    expect(() => matchingErrors.refusal('matching.host-verified', 'Verified')).toThrow('Unmapped value');
  });
});
