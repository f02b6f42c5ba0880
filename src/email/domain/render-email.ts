import { EMAIL_MESSAGES } from './email-messages.js';
import type { EmailLocale, EmailType } from './email-types.js';

/** What fills an email's placeholders. */
export type EmailParams = Readonly<Record<string, string | number>>;

export interface EmailLinks {
  /** The one button: where the person acts on the email. */
  action: string;
  /** The one-click unsubscribe page for this type; null for emails a person cannot turn off. */
  unsubscribe: string | null;
  preferences: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Fills `{key}` placeholders; a missing value is a bug, never a raw `{key}` in someone's inbox. */
export function fill(template: string, params: EmailParams, escape: (value: string) => string = (v) => v): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`email placeholder {${key}} has no value`);
    return escape(String(value));
  });
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** One email in one language, as plain text and as HTML (right-to-left for Arabic). */
export function renderEmail(type: EmailType, locale: EmailLocale, params: EmailParams, links: EmailLinks): RenderedEmail {
  const { common, types } = EMAIL_MESSAGES[locale];
  const words = types[type];
  const subject = fill(words.subject, params);
  const greeting = fill(common.greeting, params);
  const body = fill(words.body, params);
  const text = [
    greeting,
    '',
    body,
    '',
    `${words.action}: ${links.action}`,
    '',
    '-- ',
    common.footer,
    `${common.preferences}: ${links.preferences}`,
    ...(links.unsubscribe === null ? [] : [`${common.unsubscribe}: ${links.unsubscribe}`]),
    '',
  ].join('\n');
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const esc = (value: string): string => escapeHtml(value);
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>
<body dir="${dir}" style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem; margin: 0 auto; padding: 1rem;">
<p>${fill(common.greeting, params, esc)}</p>
<p>${fill(words.body, params, esc)}</p>
<p><a href="${esc(links.action)}" style="display: inline-block; padding: 0.6rem 1rem; background: #b00020; color: #ffffff; text-decoration: none; border-radius: 4px;">${esc(words.action)}</a></p>
<p style="font-size: 0.85rem; color: #555555;">${esc(common.footer)}<br>
<a href="${esc(links.preferences)}">${esc(common.preferences)}</a>${links.unsubscribe === null ? '' : ` · <a href="${esc(links.unsubscribe)}">${esc(common.unsubscribe)}</a>`}</p>
</body>
</html>
`;
  return { subject, text, html };
}

/** A meetup's time for the person reading it: their language, their time zone. */
export function formatMeetupTime(startsAt: Date, locale: EmailLocale, timeZone: string | null): string {
  const options = (timeZone: string): Intl.DateTimeFormatOptions => ({
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short',
  });
  try {
    return new Intl.DateTimeFormat(locale, options(timeZone ?? 'UTC')).format(startsAt);
  } catch {
    // A time zone this runtime does not know: UTC, said so.
    return new Intl.DateTimeFormat(locale, options('UTC')).format(startsAt);
  }
}
