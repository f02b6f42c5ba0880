import { describe, expect, it } from 'vitest';
import { newPasswordProblems } from './new-password';

describe('a new password typed twice', () => {
  it('needs 10 to 128 characters, whatever the second copy says', () => {
    expect(newPasswordProblems('123456789', '123456789')).toEqual({ password: 'tooShort' });
    expect(newPasswordProblems('a'.repeat(129), 'a'.repeat(129))).toEqual({ password: 'tooLong' });
    expect(newPasswordProblems('a'.repeat(10), 'a'.repeat(10))).toEqual({});
    expect(newPasswordProblems('a'.repeat(128), 'a'.repeat(128))).toEqual({});
  });

  it('must be typed the same twice', () => {
    expect(newPasswordProblems('olive-harbour-7', 'olive-harbour-8')).toEqual({ repeat: 'mismatch' });
    expect(newPasswordProblems('olive-harbour-7', '')).toEqual({ repeat: 'mismatch' });
  });
});
