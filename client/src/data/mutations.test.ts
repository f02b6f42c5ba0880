import { describe, expect, it } from 'vitest';
import { latestFailure } from './mutations';

describe('latestFailure', () => {
  it('is the error of the action tried last, or nothing when that one went through', () => {
    const refused = new Error('refused');
    expect(latestFailure([{ error: refused, submittedAt: 2 }, { error: null, submittedAt: 1 }, { error: null, submittedAt: 0 }])).toBe(refused);
    expect(latestFailure([{ error: refused, submittedAt: 1 }, { error: null, submittedAt: 2 }])).toBeUndefined();
    expect(latestFailure([{ error: null, submittedAt: 0 }])).toBeUndefined();
    expect(latestFailure([])).toBeUndefined();
  });
});
