import { mustEnrolFirst, twoFactorRequiredFor } from './enrolment-rule.js';

describe('the enrolment rule', () => {
  it('requires two-factor sign-in of staff and admins when the setting says so, never of participants', () => {
    expect(twoFactorRequiredFor('staff', 'required')).toBe(true);
    expect(twoFactorRequiredFor('admin', 'required')).toBe(true);
    expect(twoFactorRequiredFor('migrant', 'required')).toBe(false);
    expect(twoFactorRequiredFor('host', 'required')).toBe(false);
    for (const role of ['staff', 'admin', 'migrant', 'host']) expect(twoFactorRequiredFor(role, 'optional')).toBe(false);
  });

  it('refuses an unenrolled coordinator or admin everything but the account basics while required', () => {
    for (const role of ['staff', 'admin']) {
      expect(mustEnrolFirst({ role, setting: 'required', enabled: false, routeOpenToUnenrolled: false })).toBe(true);
      expect(mustEnrolFirst({ role, setting: 'required', enabled: false, routeOpenToUnenrolled: true })).toBe(false);
      expect(mustEnrolFirst({ role, setting: 'required', enabled: true, routeOpenToUnenrolled: false })).toBe(false);
      expect(mustEnrolFirst({ role, setting: 'optional', enabled: false, routeOpenToUnenrolled: false })).toBe(false);
    }
  });

  it('never stops a participant, enrolled or not', () => {
    for (const role of ['migrant', 'host']) {
      for (const enabled of [true, false]) expect(mustEnrolFirst({ role, setting: 'required', enabled, routeOpenToUnenrolled: false })).toBe(false);
    }
  });
});
