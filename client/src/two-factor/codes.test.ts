import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { asksForSecondFactor, isBadSecondFactor, mustEnrolFirst, normaliseCode, recoveryCodesText } from './codes';

describe('two-factor codes in the client', () => {
  it('sends six digits without the spaces people type, and a recovery code as typed', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('abcd-efgh-jkmn-pqrs ')).toBe('abcd-efgh-jkmn-pqrs');
    expect(normaliseCode('ABCD EFGH JKMN PQRS')).toBe('ABCD EFGH JKMN PQRS');
  });

  it('tells the login refusals and the enrolment refusal apart by their codes', () => {
    const required = new ApiError(401, ['Enter the code'], 'auth.two-factor-required');
    const wrong = new ApiError(401, ['Wrong'], 'auth.bad-two-factor-code');
    const enrol = new ApiError(403, ['Enrol first'], 'auth.two-factor-enrolment-required');
    const credentials = new ApiError(401, ['Email or password is incorrect'], 'auth.bad-credentials');
    expect([required, wrong, enrol, credentials].map(asksForSecondFactor)).toEqual([true, false, false, false]);
    expect([required, wrong, enrol, credentials, new ApiError(400, [], 'two-factor.bad-code')].map(isBadSecondFactor)).toEqual([false, true, false, false, true]);
    expect([required, wrong, enrol, credentials, new Error('x')].map(mustEnrolFirst)).toEqual([false, false, true, false, false]);
  });

  it('copies the recovery codes one a line', () => {
    expect(recoveryCodesText(['aaaa-bbbb-cccc-dddd', 'eeee-ffff-gggg-hhhh'])).toBe('aaaa-bbbb-cccc-dddd\neeee-ffff-gggg-hhhh\n');
  });
});
