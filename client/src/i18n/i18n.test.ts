import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { languageReady } from './i18n';
import uk from './locales/uk.json';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('languages loaded when chosen', () => {
  it('holds English from the start and fetches another language only once it is chosen', async () => {
    await languageReady();
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('uk', 'translation')).toBe(false);

    await i18next.changeLanguage('uk');
    expect(i18next.t('language.label')).toBe(uk.language.label);
    expect(document.documentElement.lang).toBe('uk');
  });
});
