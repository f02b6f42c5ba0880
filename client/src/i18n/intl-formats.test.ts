import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, displayNames, listFormat } from './intl-formats';

describe('Intl formatters', () => {
  it('gives the same formatter for the same language and options, and another for other ones', () => {
    const monday = dateTimeFormat('nl', { weekday: 'long', timeZone: 'UTC' });
    expect(dateTimeFormat('nl', { weekday: 'long', timeZone: 'UTC' })).toBe(monday);
    expect(dateTimeFormat('nl', { weekday: 'short', timeZone: 'UTC' })).not.toBe(monday);
    expect(dateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' })).not.toBe(monday);
    expect(collator('nl')).toBe(collator('nl'));
    expect(collator('nl', { sensitivity: 'base' })).not.toBe(collator('nl'));
  });

  it('formats as a new formatter would', () => {
    expect(dateTimeFormat('nl', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1))).toBe('maandag');
    expect(displayNames('en', { type: 'language' }).of('ar')).toBe('Arabic');
    expect(listFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(['Zoë', 'zebra', 'Åsa'].sort(collator('sv').compare)).toEqual(['zebra', 'Zoë', 'Åsa']);
  });

  it('does not keep a formatter whose options the browser refuses', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Not/AZone' })).toThrow(RangeError);
  });
});
