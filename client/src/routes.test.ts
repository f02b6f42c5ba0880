import { describe, expect, it } from 'vitest';
import { parseHash } from './router';
import { pageFor } from './routes';

const page = (hash: string) => pageFor(parseHash(hash));

describe('pages by address', () => {
  it('finds each page the app has', () => {
    expect(page('#/profile')).toEqual({ name: 'profile' });
    expect(page('#/matches')).toEqual({ name: 'matches' });
    expect(page('#/matches/abc')).toEqual({ name: 'match', matchId: 'abc' });
    expect(page('#/staff')).toEqual({ name: 'staff', tab: 'volunteers' });
    expect(page('#/staff/audit')).toEqual({ name: 'staff', tab: 'audit' });
  });

  it('sends the start, sign-up and log-in addresses home once signed in', () => {
    expect(page('')).toEqual({ name: 'home' });
    expect(page('#/login')).toEqual({ name: 'home' });
    expect(page('#/signup?deleted=1')).toEqual({ name: 'home' });
  });

  it('says "not found" for any address the app does not have', () => {
    for (const hash of ['#/nowhere', '#/profile/extra', '#/matches/abc/def', '#/staff/payroll', '#/notifications/1']) {
      expect(page(hash), hash).toEqual({ name: 'not-found' });
    }
  });
});
