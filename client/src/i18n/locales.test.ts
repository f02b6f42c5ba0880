import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initialLanguage } from './i18n';
import ar from './locales/ar.json';
import en from './locales/en.json';
import nl from './locales/nl.json';
import uk from './locales/uk.json';

type Tree = { [key: string]: string | Tree };

/** Keys with plural suffixes folded, so "days_one"/"days_few" all count as "days". */
function keys(tree: Tree, prefix = ''): Set<string> {
  const result = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') result.add(path);
    else for (const nested of keys(value, `${path}.`)) result.add(nested);
  }
  return result;
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : values(value)));
}

describe('locales', () => {
  const english = keys(en);
  it.each([['nl', nl], ['ar', ar], ['uk', uk]] as const)('%s has exactly the English keys, none empty', (_, resource) => {
    expect([...keys(resource)].sort()).toEqual([...english].sort());
    expect(values(resource).filter((value) => value.trim() === '')).toEqual([]);
  });

  it.each([['ar', ['zero', 'one', 'two', 'few', 'many', 'other']], ['uk', ['one', 'few', 'many', 'other']], ['nl', ['one', 'other']]] as const)(
    '%s has every plural form its rules need',
    (language, forms) => {
      const rules = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      expect([...rules].sort()).toEqual([...forms].sort());
      const resource = { ar, uk, nl }[language] as unknown as { staff: { stats: Record<string, string> } };
      for (const form of forms) expect(resource.staff.stats[`days_${form}`]).toBeTruthy();
    },
  );

  it('picks the saved language, else the first supported browser language, else English', () => {
    expect(initialLanguage('uk', ['nl-NL'])).toBe('uk');
    expect(initialLanguage(null, ['fr-FR', 'ar-EG', 'nl'])).toBe('ar');
    expect(initialLanguage('xx', ['fr'])).toBe('en');
  });

  it('sets lang and dir on <html> when the language changes', async () => {
    await i18next.changeLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('cg.language')).toBe('ar');
    await i18next.changeLanguage('uk');
    expect(document.documentElement.dir).toBe('ltr');
    await i18next.changeLanguage('en');
  });
});
