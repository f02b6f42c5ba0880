import { privacyErrors, type PrivacyErrorCode } from './privacy-errors.js';

describe('privacy error codes', () => {
  const STATUS: Record<PrivacyErrorCode, number> = {
    'privacy.wrong-password': 403,
  };

  it.each(Object.entries(STATUS))('%s answers %i', (code, status) => {
    expect(privacyErrors.refusal(code as PrivacyErrorCode, 'Refused')).toMatchObject({ code, status });
  });
});
