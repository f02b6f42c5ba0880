import {
  collapseRepeatedLetters,
  foldText,
  foldToken,
  hasStretchedLetters,
  normaliseDigits,
  undoLeetspeak,
  unifyMixedScript,
} from './normalise.js';

describe('normaliseDigits', () => {
  it.each([
    ['٠٦١٢٣٤٥٦٧٨', '0612345678'],
    ['۰۶۱۲۳۴۵۶۷۸', '0612345678'],
    ['０６１２', '0612'],
    ['tel ٠٦-١٢', 'tel 06-12'],
    ['call 06 12 34 56 78', 'call 06 12 34 56 78'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDigits(input)).toBe(expected);
  });

  it('keeps the length, so positions still point into the original text', () => {
    const text = 'رقمي ٠٦١٢٣٤٥٦٧٨ شكرا';
    expect(normaliseDigits(text)).toHaveLength(text.length);
  });
});

describe('foldText', () => {
  it.each([
    ['ENCULÉ', 'encule'],
    ['Crème Brûlée', 'creme brulee'],
    ['ЙОБАНИЙ', 'иобании'],
    ['їжак', 'іжак'],
    ['أحمد إبراهيم آمنة', 'احمد ابراهيم امنه'],
    ['شرمـــوطة', 'شرموطه'],
    ['مُحَمَّد', 'محمد'],
    ['علی', 'علي'],
    ["da's", 'das'],
    ['z’n', 'zn'],
    ['f\u200buck', 'fuck'],
    ["It's `Plain` ASCII, 100%", 'its plain ascii, 100%'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('undoLeetspeak', () => {
  it.each([
    ['sh1t', 'i', 'shit'],
    ['1ul', 'l', 'lul'],
    ['@ss', 'i', 'ass'],
    ['$h1t', 'i', 'shit'],
    ['b4st4rd', 'i', 'bastard'],
    ['f0ck', 'i', 'fock'],
    ['h3ll0', 'i', 'hello'],
    ['7it', 'i', 'tit'],
  ] as const)('%s (1 as %s) → %s', (input, readingOfOne, expected) => {
    expect(undoLeetspeak(input, readingOfOne)).toBe(expected);
  });

  it.each(['1998', '12', '0612345678'])('leaves the plain number %s alone', (number) => {
    expect(undoLeetspeak(number)).toBe(number);
  });
});

describe('unifyMixedScript', () => {
  it('turns Latin look-alikes into Cyrillic inside a Cyrillic word', () => {
    expect(unifyMixedScript('xуйлo')).toBe('хуйло');
  });

  it('leaves single-script words alone', () => {
    expect(unifyMixedScript('hello')).toBe('hello');
    expect(unifyMixedScript('привіт')).toBe('привіт');
  });

  it('is part of foldToken, after leetspeak', () => {
    expect(foldToken('сук@')).toBe('сука');
    expect(foldToken('xyй')).toBe('хуй');
  });
});

describe('stretched letters', () => {
  it.each([
    ['fuuuuck', true],
    ['shiiit', true],
    ['bляяяядь', true],
    ['class', false],
    ['assistant', false],
    ['aas', false],
  ])('%s stretched: %s', (token, expected) => {
    expect(hasStretchedLetters(token)).toBe(expected);
  });

  it.each([
    ['fuuuuck', 'fuck'],
    ['asssshole', 'ashole'],
    ['kloooootzak', 'klotzak'],
  ])('collapses %s to %s', (token, expected) => {
    expect(collapseRepeatedLetters(token)).toBe(expected);
  });
});
