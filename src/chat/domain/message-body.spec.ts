import { MESSAGE_BODY_MAX_CHARS, messageBodyProblem, normaliseMessageBody } from './message-body.js';

describe('message bodies', () => {
  it('trims surrounding whitespace and keeps the inside as typed', () => {
    expect(normaliseMessageBody('  hello\n  there \t\n')).toBe('hello\n  there');
    expect(normaliseMessageBody('<b>bold</b>')).toBe('<b>bold</b>');
  });

  it('refuses empty and whitespace-only bodies', () => {
    expect(messageBodyProblem(normaliseMessageBody(''))).toBe('body must not be empty');
    expect(messageBodyProblem(normaliseMessageBody(' \n\t '))).toBe('body must not be empty');
  });

  it('accepts exactly the maximum, counted in code points, and refuses one more', () => {
    expect(messageBodyProblem('a'.repeat(MESSAGE_BODY_MAX_CHARS))).toBeUndefined();
    expect(messageBodyProblem('a'.repeat(MESSAGE_BODY_MAX_CHARS + 1))).toMatch(/at most 4000/);
    // 4000 emoji are 8000 UTF-16 units but 4000 characters for PostgreSQL.
    expect(messageBodyProblem('😀'.repeat(MESSAGE_BODY_MAX_CHARS))).toBeUndefined();
    expect(messageBodyProblem('😀'.repeat(MESSAGE_BODY_MAX_CHARS + 1))).toMatch(/at most/);
  });

  it('refuses NUL, which PostgreSQL text cannot hold', () => {
    expect(messageBodyProblem('a\u0000b')).toMatch(/NUL/);
  });
});
