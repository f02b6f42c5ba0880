import { addDays, checkInputProblem, clearanceOf, clearedUntilOf, isCalendarDay, normalisedKinds, reminderDue, statusOf, type CheckDates, type VettingCheckKind } from './vetting-checks.js';

const NOW = new Date('2026-03-10T15:30:00.000Z');
const TODAY = '2026-03-10';

function check(kind: VettingCheckKind, expiresOn: string | null, checkedOn = '2025-01-01'): CheckDates {
  return { kind, checkedOn, expiresOn };
}

describe('statusOf', () => {
  it('tells missing, valid, expiring within 30 days and expired apart, the expiry day itself counting as expired', () => {
    expect(statusOf(null, TODAY)).toBe('missing');
    expect(statusOf({ expiresOn: null }, TODAY)).toBe('valid');
    expect(statusOf({ expiresOn: '2026-04-10' }, TODAY)).toBe('valid');
    expect(statusOf({ expiresOn: '2026-04-09' }, TODAY)).toBe('expiring');
    expect(statusOf({ expiresOn: '2026-03-11' }, TODAY)).toBe('expiring');
    expect(statusOf({ expiresOn: TODAY }, TODAY)).toBe('expired');
    expect(statusOf({ expiresOn: '2025-12-31' }, TODAY)).toBe('expired');
  });
});

describe('clearanceOf', () => {
  it('clears everyone without end when the organisation requires nothing, whatever is recorded', () => {
    const clearance = clearanceOf([], [check('certificate-of-conduct', '2020-01-01')], NOW);
    expect(clearance).toEqual({ cleared: true, complete: true, lapsesOn: null, required: [], problems: [] });
    expect(clearedUntilOf(clearance)).toBe('infinity');
  });

  it('refuses clearance while a required check is missing, naming it', () => {
    const clearance = clearanceOf(['identity', 'references'], [check('identity', null)], NOW);
    expect(clearance.cleared).toBe(false);
    expect(clearance.complete).toBe(false);
    expect(clearance.lapsesOn).toBeNull();
    expect(clearance.problems).toEqual([{ kind: 'references', code: 'vetting.check-missing', sentence: 'References: not recorded yet.' }]);
    expect(clearedUntilOf(clearance)).toBe('-infinity');
  });

  it('refuses clearance once a required check expired, and says when', () => {
    const clearance = clearanceOf(['certificate-of-conduct'], [check('certificate-of-conduct', '2026-03-10')], NOW);
    expect(clearance.cleared).toBe(false);
    expect(clearance.required).toEqual([{ kind: 'certificate-of-conduct', status: 'expired', expiresOn: '2026-03-10' }]);
    expect(clearance.problems).toEqual([{ kind: 'certificate-of-conduct', code: 'vetting.check-expired', sentence: 'Certificate of conduct: expired on 2026-03-10.' }]);
    expect(clearedUntilOf(clearance)).toBe('2026-03-10T00:00:00.000Z');
  });

  it('clears until the first required expiry, warning about checks expiring within 30 days', () => {
    const checks = [check('identity', null), check('certificate-of-conduct', '2026-03-20'), check('safeguarding-training', '2027-01-01')];
    const clearance = clearanceOf(['safeguarding-training', 'certificate-of-conduct', 'identity'], checks, NOW);
    expect(clearance.cleared).toBe(true);
    expect(clearance.lapsesOn).toBe('2026-03-20');
    expect(clearance.required.map((r) => [r.kind, r.status])).toEqual([
      ['identity', 'valid'],
      ['certificate-of-conduct', 'expiring'],
      ['safeguarding-training', 'valid'],
    ]);
    expect(clearance.problems).toEqual([{ kind: 'certificate-of-conduct', code: 'vetting.check-expiring', sentence: 'Certificate of conduct: expires on 2026-03-20, within 30 days.' }]);
  });

  it('ignores checks the organisation does not require', () => {
    const clearance = clearanceOf(['identity'], [check('identity', null), check('references', '2020-01-01')], NOW);
    expect(clearance).toMatchObject({ cleared: true, lapsesOn: null, problems: [] });
    expect(clearedUntilOf(clearance)).toBe('infinity');
  });
});

describe('checkInputProblem', () => {
  it('accepts a check dated today or before with a later expiry or none', () => {
    expect(checkInputProblem({ checkedOn: TODAY, expiresOn: null }, TODAY)).toBeNull();
    expect(checkInputProblem({ checkedOn: '2024-02-29', expiresOn: '2027-02-28' }, TODAY)).toBeNull();
  });

  it('refuses a check dated in the future, an expiry not after the check, and days that do not exist', () => {
    expect(checkInputProblem({ checkedOn: '2026-03-11', expiresOn: null }, TODAY)).toBe('vetting.checked-in-future');
    expect(checkInputProblem({ checkedOn: '2026-01-01', expiresOn: '2026-01-01' }, TODAY)).toBe('vetting.expiry-not-after-check');
    expect(checkInputProblem({ checkedOn: '2026-01-01', expiresOn: '2025-12-01' }, TODAY)).toBe('vetting.expiry-not-after-check');
    expect(checkInputProblem({ checkedOn: '2026-02-30', expiresOn: null }, TODAY)).toBe('vetting.invalid-date');
    expect(checkInputProblem({ checkedOn: '2026-01-01', expiresOn: '2027-13-01' }, TODAY)).toBe('vetting.invalid-date');
  });
});

describe('reminderDue', () => {
  it('is due once per expiry day, within the 30 days before it', () => {
    expect(reminderDue({ expiresOn: '2026-04-09', remindedFor: null }, TODAY)).toBe(true);
    expect(reminderDue({ expiresOn: '2026-04-10', remindedFor: null }, TODAY)).toBe(false);
    expect(reminderDue({ expiresOn: '2026-04-09', remindedFor: '2026-04-09' }, TODAY)).toBe(false);
    // Renewed with a new expiry: reminded again for the new day.
    expect(reminderDue({ expiresOn: '2026-03-30', remindedFor: '2025-03-30' }, TODAY)).toBe(true);
    expect(reminderDue({ expiresOn: TODAY, remindedFor: null }, TODAY)).toBe(false);
    expect(reminderDue({ expiresOn: null, remindedFor: null }, TODAY)).toBe(false);
  });
});

describe('days', () => {
  it('adds days across months and leap years, and knows real calendar days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-10', 30)).toBe('2026-04-09');
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-1-01')).toBe(false);
    expect(normalisedKinds(['references', 'identity', 'references'])).toEqual(['identity', 'references']);
  });
});
