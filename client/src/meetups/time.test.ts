import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedLocalToUtc } from './time';

describe('meetup times in the viewer\'s timezone', () => {
  it('converts wall-clock time to UTC, in winter and summer time', () => {
    expect(zonedLocalToUtc('2026-12-01T18:00', 'Europe/Amsterdam')).toBe('2026-12-01T17:00:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T18:00', 'Europe/Amsterdam')).toBe('2026-07-01T16:00:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T18:00', 'Asia/Kolkata')).toBe('2026-07-01T12:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-10T09:00', 'UTC')).toBe('2026-03-10T09:00:00.000Z');
  });

  it('handles the day the clocks change', () => {
    // Amsterdam moved from +01:00 to +02:00 at 02:00 on 29 March 2026.
    expect(zonedLocalToUtc('2026-03-29T01:30', 'Europe/Amsterdam')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-29T12:00', 'Europe/Amsterdam')).toBe('2026-03-29T10:00:00.000Z');
  });

  it('round-trips through the datetime-local format', () => {
    for (const zone of ['Europe/Kyiv', 'America/New_York', 'Asia/Damascus']) {
      expect(utcToZonedLocal(zonedLocalToUtc('2026-11-15T19:45', zone), zone)).toBe('2026-11-15T19:45');
    }
    expect(() => zonedLocalToUtc('tomorrow', 'UTC')).toThrow(RangeError);
  });
});
