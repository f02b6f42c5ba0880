import { BadRequestException } from '@nestjs/common';
import { isStorableText, malformedInputProblem, MAX_INPUT_DEPTH, refuseMalformedInput } from './malformed-input.js';

/** `levels` nested objects around `inner`, built without recursion (as a parsed body would be). */
function nested(levels: number, inner: unknown = 'x'): unknown {
  let value = inner;
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

describe('malformed input', () => {
  it('stores text without NUL or unpaired surrogates, valid pairs and any script included', () => {
    for (const text of ['', 'hello', 'مرحبا', 'salaam \u{1F44B}', '\uD83D\uDE00', 'tab\tnew\nline', '\uFFFD']) expect(isStorableText(text)).toBe(true);
    for (const text of ['\u0000', 'a\u0000b', 'half \uD83D', '\uDE00 backwards', '\uDE00\uD83D', 'x'.repeat(5000) + '\uDBFF']) expect(isStorableText(text)).toBe(false);
  });

  it('names the field holding NUL or a lone surrogate, at any depth and in arrays', () => {
    expect(malformedInputProblem({ email: 'a\u0000@example.org', password: 'x' })).toBe('email must not contain NUL characters or unpaired surrogates');
    expect(malformedInputProblem({ languages: [{ code: 'ar' }, { code: 'e\uD800n' }] })).toBe('languages.1.code must not contain NUL characters or unpaired surrogates');
    expect(malformedInputProblem(['ok', ['\uDC00']])).toBe('1.0 must not contain NUL characters or unpaired surrogates');
    expect(malformedInputProblem('\u0000')).toBe('text must not contain NUL characters or unpaired surrogates');
  });

  it('refuses such text in property names too', () => {
    expect(malformedInputProblem({ 'bi\u0000o': 'hi' })).toBe('property names must not contain NUL characters or unpaired surrogates');
    expect(malformedInputProblem({ profile: { '\uD800': 1 } })).toBe('property names in profile must not contain NUL characters or unpaired surrogates');
  });

  it('refuses prototype keys at any depth in the words used for any unknown field', () => {
    // JSON.parse keeps "__proto__" as an own key, as express's JSON parser does.
    expect(malformedInputProblem(JSON.parse('{"bio": "hi", "__proto__": {"admin": true}}'))).toBe('property __proto__ should not exist');
    expect(malformedInputProblem({ constructor: 'x' })).toBe('property constructor should not exist');
    expect(malformedInputProblem({ languages: [{ code: 'ar', prototype: {} }] })).toBe('languages.0.property prototype should not exist');
    expect(malformedInputProblem(JSON.parse('[{"a": {"__proto__": null}}]'))).toBe('0.a.property __proto__ should not exist');
  });

  it(`accepts ${MAX_INPUT_DEPTH} levels of nesting and refuses one more, however deep it goes`, () => {
    expect(malformedInputProblem(nested(MAX_INPUT_DEPTH))).toBeUndefined();
    expect(malformedInputProblem(nested(MAX_INPUT_DEPTH + 1))).toBe(`input must not nest more than ${MAX_INPUT_DEPTH} levels deep`);
    expect(malformedInputProblem(nested(MAX_INPUT_DEPTH, {}))).toBe(`input must not nest more than ${MAX_INPUT_DEPTH} levels deep`);
    expect(malformedInputProblem(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toBe(`input must not nest more than ${MAX_INPUT_DEPTH} levels deep`);
  });

  it('accepts everything else: ordinary payloads, primitives, empty values and null prototypes', () => {
    const profile = { bio: 'I like <b>cooking</b> 🍲', birthYear: 1985, meetOnline: false, capacity: null, languages: [{ code: 'ar', level: 'native' }], learning: [] };
    for (const value of [profile, undefined, null, 42, true, '', {}, [], Object.assign(Object.create(null) as object, { q: 'Amst' }), { constructorName: 'x', protoType: 'y' }]) {
      expect(malformedInputProblem(value)).toBeUndefined();
    }
  });

  it('throws a 400 with the problem as the message list', () => {
    expect(() => refuseMalformedInput({ ok: 'fine' })).not.toThrow();
    try {
      refuseMalformedInput({ note: 'a\u0000' });
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).getResponse()).toEqual({ statusCode: 400, message: ['note must not contain NUL characters or unpaired surrogates'], error: 'Bad Request' });
    }
  });
});
