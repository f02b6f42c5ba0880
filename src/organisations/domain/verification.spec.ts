import { shownVerification } from './verification.js';

const org = (n: number): string => `00000000-0000-4000-8000-00000000000${n}`;

describe('shownVerification', () => {
  it('shows a staff member their own organisation’s decision, pending when it has none', () => {
    const vettings = [{ organisationId: org(1), verification: 'verified' as const }, { organisationId: org(2), verification: 'rejected' as const }];
    expect(shownVerification(vettings, org(2))).toBe('rejected');
    expect(shownVerification(vettings, org(1))).toBe('verified');
    expect(shownVerification(vettings, org(3))).toBe('pending');
  });

  it('shows the volunteer verified once any organisation verified them', () => {
    expect(shownVerification([{ organisationId: org(1), verification: 'rejected' }, { organisationId: org(2), verification: 'verified' }], null)).toBe('verified');
  });

  it('shows rejected only when every organisation rejected, pending otherwise', () => {
    expect(shownVerification([{ organisationId: org(1), verification: 'rejected' }], null)).toBe('rejected');
    expect(shownVerification([{ organisationId: org(1), verification: 'rejected' }, { organisationId: org(2), verification: 'pending' }], null)).toBe('pending');
    expect(shownVerification([], null)).toBe('pending');
  });
});
