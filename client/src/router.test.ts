import { describe, expect, it } from 'vitest';
import { hashParam, parseHash } from './router';

describe('hash router', () => {
  it('parses paths and segments, ignoring query strings', () => {
    expect(parseHash('#/matches/abc')).toEqual({ path: '/matches/abc', segments: ['matches', 'abc'] });
    expect(parseHash('#/signup?deleted=1')).toEqual({ path: '/signup', segments: ['signup'] });
    expect(parseHash('')).toEqual({ path: '/', segments: [] });
    expect(parseHash('#staff/stats')).toEqual({ path: '/staff/stats', segments: ['staff', 'stats'] });
  });

  it('reads a query parameter of the hash, as email links carry their token', () => {
    expect(hashParam('#/reset-password?token=ab-c_d.e', 'token')).toBe('ab-c_d.e');
    expect(hashParam('#/verify-email?lang=nl&token=xyz', 'token')).toBe('xyz');
    expect(hashParam('#/verify-email', 'token')).toBeNull();
    expect(hashParam('#/verify-email?token=', 'token')).toBe('');
  });
});
