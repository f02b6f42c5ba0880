import { describe, expect, it } from 'vitest';
import { parseHash } from './router';

describe('hash router', () => {
  it('parses paths and segments, ignoring query strings', () => {
    expect(parseHash('#/matches/abc')).toEqual({ path: '/matches/abc', segments: ['matches', 'abc'] });
    expect(parseHash('#/signup?deleted=1')).toEqual({ path: '/signup', segments: ['signup'] });
    expect(parseHash('')).toEqual({ path: '/', segments: [] });
    expect(parseHash('#staff/stats')).toEqual({ path: '/staff/stats', segments: ['staff', 'stats'] });
  });
});
