import { isLanguageCode, LANGUAGE_CODES, listLanguages } from './languages.js';

function nameOf(code: string, locale: string): string | undefined {
  return listLanguages(locale).find((language) => language.code === code)?.name;
}

describe('language codes', () => {
  it('contains all 184 ISO 639-1 codes and no duplicates', () => {
    const twoLetter = LANGUAGE_CODES.filter((code) => code.length === 2);
    expect(twoLetter).toHaveLength(184);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect(LANGUAGE_CODES.every((code) => /^[a-z]{2,3}$/.test(code))).toBe(true);
  });

  it.each(['nl', 'en', 'ar', 'ti', 'so', 'uk', 'fa', 'ps', 'tr', 'prs', 'ckb', 'kmr', 'rif', 'pap', 'srn', 'dse'])('knows %s', (code) => {
    expect(isLanguageCode(code)).toBe(true);
  });

  it.each(['xx', '', 'NL', 'nl-NL', 'tir', 'eng', 'iw', 'sh', ' nl'])('rejects %j', (code) => {
    expect(isLanguageCode(code)).toBe(false);
  });
});

describe('listLanguages', () => {
  it('names languages in Dutch, sorted for Dutch readers', () => {
    const languages = listLanguages('nl');
    expect(languages).toHaveLength(LANGUAGE_CODES.length);
    expect(nameOf('ar', 'nl')).toBe('Arabisch');
    expect(nameOf('nl', 'nl')).toBe('Nederlands');
    expect(nameOf('prs', 'nl')).toBe('Dari');
    expect(nameOf('dse', 'nl')).toBe('Nederlandse Gebarentaal');
    const collator = new Intl.Collator('nl');
    expect(languages.every((language, i) => i === 0 || collator.compare(languages[i - 1].name, language.name) <= 0)).toBe(true);
  });

  it('names languages in English', () => {
    expect(nameOf('ti', 'en')).toBe('Tigrinya');
    expect(nameOf('ckb', 'en')).toBe('Central Kurdish');
    expect(nameOf('dse', 'en')).toBe('Dutch Sign Language');
    expect(nameOf('haz', 'en')).toBe('Hazaragi');
  });

  it('has a real English name for every code', () => {
    expect(listLanguages('en').filter((language) => language.name === language.code)).toEqual([]);
  });

  it('names languages in scripts other than Latin', () => {
    expect(nameOf('nl', 'ar')).toBe('الهولندية');
  });

  it('falls back to English for codes the locale cannot name', () => {
    expect(nameOf('dse', 'ar')).toBe('Dutch Sign Language');
  });

  it.each(['', 'not a locale!!', 'xx', 'zz-ZZ'])('gives the English list for the locale %j', (locale) => {
    expect(listLanguages(locale)).toEqual(listLanguages('en'));
  });

  it.each(['en', 'nl', 'ar', 'fa', 'tr'])('never shows two languages under one name in %s', (locale) => {
    const names = listLanguages(locale).map((language) => language.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('qualifies codes ICU folds together', () => {
    expect(nameOf('ku', 'nl')).toBe('Koerdisch');
    expect(nameOf('kmr', 'nl')).toBe('Koerdisch (Kurmanji)');
  });

  it('hands out copies, so callers cannot corrupt the cache', () => {
    listLanguages('nl')[0].name = 'changed';
    expect(listLanguages('nl').map((language) => language.name)).not.toContain('changed');
  });
});
