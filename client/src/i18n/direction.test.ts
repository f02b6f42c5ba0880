import { describe, expect, it } from 'vitest';
import { directionOf } from './direction';
import { LANGUAGES } from './i18n';

describe('directionOf', () => {
  it('says right to left for languages written so, with or without a region', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'ps', 'yi']) expect(directionOf(tag)).toBe('rtl');
  });

  it('says left to right for the others', () => {
    for (const tag of ['en', 'nl-NL', 'uk', 'tr', 'zh-Hant-TW']) expect(directionOf(tag)).toBe('ltr');
  });

  it('lets an explicit script decide', () => {
    expect(directionOf('pa-Arab')).toBe('rtl');
    expect(directionOf('az-Arab-IR')).toBe('rtl');
    expect(directionOf('ku-Latn')).toBe('ltr');
    expect(directionOf('ar-Latn')).toBe('ltr');
  });

  it('gives Arabic, alone of the interface languages, right to left', () => {
    expect(LANGUAGES.filter((language) => directionOf(language.code) === 'rtl').map((language) => language.code)).toEqual(['ar']);
  });
});
