/**
 * Intl formatters, made once per language and options. Constructing one loads the language's ICU
 * data (a collator costs tens of milliseconds on a phone), and pages ask for the same few hundreds of
 * times while rendering: a profile names every language in its lists, a week names its days.
 */
const formatters = new Map<string, unknown>();

/** Enough for every language, time zone and style in use; past it the cache starts again rather than grow. */
const MAX_FORMATTERS = 500;

function cached<T>(kind: string, locales: string | readonly string[], options: object | undefined, create: () => T): T {
  const key = JSON.stringify([kind, locales, options ?? null]);
  const known = formatters.get(key);
  if (known !== undefined) return known as T;
  const made = create();
  if (formatters.size >= MAX_FORMATTERS) formatters.clear();
  formatters.set(key, made);
  return made;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached('Collator', locale, options, () => new Intl.Collator(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('DisplayNames', locale, options, () => new Intl.DisplayNames([locale], options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));
}
