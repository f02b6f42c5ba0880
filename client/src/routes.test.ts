import { describe, expect, it } from 'vitest';
import { parseHash } from './router';
import { isSignedOutPage, openPageFor, pageFor, signedOutPageFor } from './routes';

const page = (hash: string) => pageFor(parseHash(hash));

describe('pages by address', () => {
  it('finds each page the app has', () => {
    expect(page('#/profile')).toEqual({ name: 'profile' });
    expect(page('#/profile/steps?step=place')).toEqual({ name: 'onboarding' });
    expect(page('#/matches')).toEqual({ name: 'matches' });
    expect(page('#/matches/abc')).toEqual({ name: 'match', matchId: 'abc' });
    expect(page('#/staff')).toEqual({ name: 'staff', tab: 'volunteers' });
    expect(page('#/staff/audit')).toEqual({ name: 'staff', tab: 'audit' });
    expect(page('#/staff/people')).toEqual({ name: 'staff', tab: 'people' });
    expect(page('#/staff/people/4f1c')).toEqual({ name: 'staff', tab: 'people', personId: '4f1c' });
    expect(page('#/account/preferences')).toEqual({ name: 'preferences' });
    expect(page('#/account/two-factor')).toEqual({ name: 'two-factor' });
  });

  it('opens the pages emails link to for anyone, with or without their token, and only at their exact address', () => {
    expect(openPageFor(parseHash('#/verify-email?token=abc'))).toBe('verify-email');
    expect(openPageFor(parseHash('#/reset-password?token=abc'))).toBe('reset-password');
    expect(openPageFor(parseHash('#/unsubscribe?token=abc.def'))).toBe('unsubscribe');
    expect(openPageFor(parseHash('#/forgot-password'))).toBe('forgot-password');
    for (const hash of ['#/reset-password/extra', '#/login', '#/account/preferences', '']) expect(openPageFor(parseHash(hash)), hash).toBeUndefined();
    expect(isSignedOutPage(parseHash('#/login'))).toBe(true);
    expect(isSignedOutPage(parseHash('#/forgot-password'))).toBe(false);
  });

  it('sends the start, sign-up and log-in addresses home once signed in', () => {
    expect(page('')).toEqual({ name: 'home' });
    expect(page('#/login')).toEqual({ name: 'home' });
    expect(page('#/signup?deleted=1')).toEqual({ name: 'home' });
  });

  it('says "not found" for any address the app does not have', () => {
    for (const hash of ['#/nowhere', '#/profile/extra', '#/matches/abc/def', '#/staff/payroll', '#/staff/people/1/2', '#/staff/audit/1', '#/notifications/1', '#/account', '#/account/other', '#/account/preferences/x']) {
      expect(page(hash), hash).toEqual({ name: 'not-found' });
    }
  });

  it('shows a signed-out person the landing page at the start, and sign-up and log in at theirs', () => {
    expect(signedOutPageFor(parseHash(''))).toBe('landing');
    expect(signedOutPageFor(parseHash('#/'))).toBe('landing');
    expect(signedOutPageFor(parseHash('#/signup?deleted=1'))).toBe('signup');
    expect(signedOutPageFor(parseHash('#/login'))).toBe('login');
    for (const hash of ['#/matches', '#/profile', '#/forgot-password', '#/nowhere']) expect(signedOutPageFor(parseHash(hash)), hash).toBeUndefined();
    expect(isSignedOutPage(parseHash('#/'))).toBe(true);
  });
});
