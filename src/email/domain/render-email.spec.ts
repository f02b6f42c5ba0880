import { EMAIL_LOCALES, EMAIL_TYPES, isOptionalEmailType } from './email-types.js';
import { EMAIL_MESSAGES } from './email-messages.js';
import { escapeHtml, fill, formatMeetupTime, renderEmail } from './render-email.js';

const params = { name: 'Amal', partner: 'Joost', when: 'Monday 1 December 18:00', count: 3, note: 'Be kind', minutes: 60, cause: 'a participant reported a safety concern', programme: '1001 Strengths', reference: '0190c0de-0000-7000-8000-000000000001', check: 'certificate of conduct', volunteer: 'Joost', expiresOn: '2026-04-01' };
const links = (unsubscribe: boolean) => ({
  action: 'https://cg.example.org/#/matches/1',
  preferences: 'https://cg.example.org/#/account/preferences',
  unsubscribe: unsubscribe ? 'https://cg.example.org/#/unsubscribe?token=abc' : null,
});

describe('renderEmail', () => {
  for (const locale of EMAIL_LOCALES) {
    for (const type of EMAIL_TYPES) {
      it(`renders ${type} in ${locale} with no placeholder left`, () => {
        const email = renderEmail(type, locale, params, links(isOptionalEmailType(type)));
        for (const part of [email.subject, email.text, email.html]) {
          expect(part).not.toMatch(/\{\w+\}/);
          expect(part.trim()).not.toBe('');
        }
        expect(email.text).toContain('https://cg.example.org/#/matches/1');
        expect(email.html).toContain('href="https://cg.example.org/#/matches/1"');
        expect(email.html).toContain(`lang="${locale}"`);
        expect(email.html).toContain(locale === 'ar' ? 'dir="rtl"' : 'dir="ltr"');
        expect(email.text.includes('unsubscribe?token=abc')).toBe(isOptionalEmailType(type));
      });
    }
  }

  it('has its own words in each language (no English left in another)', () => {
    for (const locale of EMAIL_LOCALES.filter((l) => l !== 'en')) {
      for (const type of EMAIL_TYPES) expect(EMAIL_MESSAGES[locale].types[type].subject).not.toBe(EMAIL_MESSAGES.en.types[type].subject);
    }
  });

  it('escapes what people wrote in the HTML part but not in the text part', () => {
    const email = renderEmail('account.warned', 'en', { ...params, note: '<script>x</script> & "quotes"' }, links(false));
    expect(email.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('<script>x</script> & "quotes"');
  });

  it('refuses to render a placeholder without a value', () => {
    expect(() => fill('Hello {name} and {partner}', { name: 'A' })).toThrow('{partner}');
    expect(escapeHtml(`a<b>'`)).toBe('a&lt;b&gt;&#39;');
  });

  it('shows a meetup time in the reader’s language and time zone', () => {
    const at = new Date('2026-12-01T17:00:00.000Z');
    expect(formatMeetupTime(at, 'en', 'Europe/Amsterdam')).toContain('18:00');
    expect(formatMeetupTime(at, 'en', 'Not/AZone')).toContain('17:00');
    expect(formatMeetupTime(at, 'nl', 'Europe/Amsterdam')).toContain('december');
  });
});
