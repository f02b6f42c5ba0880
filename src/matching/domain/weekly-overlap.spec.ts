import type { AvailabilityWindow } from './matching-person.js';
import { utcWeekStart, weeklyOverlapMinutes, type WeeklySchedule } from './weekly-overlap.js';

/** An ordinary summer week: Monday 2025-06-09, no DST change in Europe or the US. */
const SUMMER_WEEK = new Date('2025-06-09T00:00:00Z');
/** Europe springs forward on Sunday 2025-03-30 at 01:00 UTC, inside this week. */
const EU_DST_WEEK = new Date('2025-03-24T00:00:00Z');

function schedule(timezone: string, ...availability: AvailabilityWindow[]): WeeklySchedule {
  return { timezone, availability };
}

function window(day: number, start: string, end: string): AvailabilityWindow {
  return { day, start, end };
}

describe('utcWeekStart', () => {
  it('returns Monday 00:00 UTC of the ISO week', () => {
    expect(utcWeekStart(new Date('2025-06-11T12:00:00Z')).toISOString()).toBe('2025-06-09T00:00:00.000Z');
    expect(utcWeekStart(new Date('2025-06-15T23:59:00Z')).toISOString()).toBe('2025-06-09T00:00:00.000Z');
    expect(utcWeekStart(new Date('2025-06-09T00:00:00Z')).toISOString()).toBe('2025-06-09T00:00:00.000Z');
  });
});

describe('weeklyOverlapMinutes', () => {
  it('intersects windows in the same zone', () => {
    const a = schedule('Europe/Amsterdam', window(3, '18:00', '21:00'), window(6, '10:00', '12:00'));
    const b = schedule('Europe/Amsterdam', window(3, '19:00', '22:00'), window(6, '11:30', '15:00'));
    expect(weeklyOverlapMinutes(a, b, SUMMER_WEEK)).toBe(120 + 30);
  });

  it('is symmetric', () => {
    const a = schedule('Europe/Amsterdam', window(1, '09:00', '17:00'));
    const b = schedule('America/New_York', window(1, '08:00', '12:00'));
    expect(weeklyOverlapMinutes(a, b, SUMMER_WEEK)).toBe(weeklyOverlapMinutes(b, a, SUMMER_WEEK));
  });

  it('shifts by the offset between Amsterdam and London', () => {
    const amsterdam = schedule('Europe/Amsterdam', window(2, '18:00', '20:00'));
    // 18:00-20:00 London is 19:00-21:00 Amsterdam: one hour in common.
    expect(weeklyOverlapMinutes(amsterdam, schedule('Europe/London', window(2, '18:00', '20:00')), SUMMER_WEEK)).toBe(60);
    // 17:00-19:00 London is exactly 18:00-20:00 Amsterdam.
    expect(weeklyOverlapMinutes(amsterdam, schedule('Europe/London', window(2, '17:00', '19:00')), SUMMER_WEEK)).toBe(120);
  });

  it('returns 0 when the windows never meet', () => {
    const a = schedule('Europe/Amsterdam', window(1, '09:00', '10:00'));
    const b = schedule('Europe/Amsterdam', window(1, '10:00', '11:00'), window(2, '09:00', '10:00'));
    expect(weeklyOverlapMinutes(a, b, SUMMER_WEEK)).toBe(0);
    expect(weeklyOverlapMinutes(a, schedule('Europe/Amsterdam'), SUMMER_WEEK)).toBe(0);
  });

  it('does not double-count a person whose own windows overlap', () => {
    const a = schedule('UTC', window(4, '10:00', '12:00'), window(4, '11:00', '13:00'));
    const b = schedule('UTC', window(4, '09:00', '14:00'));
    expect(weeklyOverlapMinutes(a, b, SUMMER_WEEK)).toBe(180);
  });

  it('handles a window that crosses midnight once converted', () => {
    // Tokyo Tuesday 07:00-09:00 (UTC+9) is Monday 22:00 - Tuesday 00:00 UTC.
    const tokyo = schedule('Asia/Tokyo', window(2, '07:00', '09:00'));
    const utc = schedule('UTC', window(1, '23:00', '24:00'), window(2, '00:00', '01:00'));
    expect(weeklyOverlapMinutes(tokyo, utc, SUMMER_WEEK)).toBe(60);
    // Tokyo Tuesday 08:00-10:00 is Monday 23:00 - Tuesday 01:00 UTC: both UTC windows count.
    const tokyoLater = schedule('Asia/Tokyo', window(2, '08:00', '10:00'));
    expect(weeklyOverlapMinutes(tokyoLater, utc, SUMMER_WEEK)).toBe(120);
  });

  it('wraps windows that spill over the UTC week boundary', () => {
    // Auckland Monday 07:00-09:00 (UTC+12 in June) is Sunday 19:00-21:00 UTC.
    const auckland = schedule('Pacific/Auckland', window(1, '07:00', '09:00'));
    const utc = schedule('UTC', window(7, '20:00', '22:00'));
    expect(weeklyOverlapMinutes(auckland, utc, SUMMER_WEEK)).toBe(60);
  });

  it('uses the offset in force on each day of a week with a DST change', () => {
    const amsterdam = schedule(
      'Europe/Amsterdam',
      window(1, '10:00', '12:00'), // CET, UTC+1: 09:00-11:00 UTC
      window(7, '10:00', '12:00'), // CEST, UTC+2: 08:00-10:00 UTC
    );
    const utc = schedule('UTC', window(1, '09:00', '11:00'), window(7, '08:00', '10:00'));
    expect(weeklyOverlapMinutes(amsterdam, utc, EU_DST_WEEK)).toBe(240);
    // A fixed Monday offset would have put Sunday at 09:00-11:00 UTC instead.
    const utcFixedOffset = schedule('UTC', window(7, '09:00', '11:00'));
    expect(weeklyOverlapMinutes(amsterdam, utcFixedOffset, EU_DST_WEEK)).toBe(60);
  });

  it('loses the skipped hour on the spring-forward night', () => {
    // 01:00-04:00 on 2025-03-30 in Amsterdam lasts only two real hours.
    const amsterdam = schedule('Europe/Amsterdam', window(7, '01:00', '04:00'));
    const utc = schedule('UTC', window(7, '00:00', '06:00'));
    expect(weeklyOverlapMinutes(amsterdam, utc, EU_DST_WEEK)).toBe(120);
  });

  it('keeps Europe and the US apart in the weeks their DST dates differ', () => {
    // 2025-03-10: the US is on summer time (UTC-4), Europe not yet (UTC+1).
    const week = new Date('2025-03-10T00:00:00Z');
    const newYork = schedule('America/New_York', window(3, '09:00', '11:00')); // 13:00-15:00 UTC
    const amsterdam = schedule('Europe/Amsterdam', window(3, '14:00', '16:00')); // 13:00-15:00 UTC
    expect(weeklyOverlapMinutes(newYork, amsterdam, week)).toBe(120);
  });

  it('ignores malformed windows and falls back to UTC for an unknown zone', () => {
    const broken = schedule(
      'Not/AZone',
      window(1, '10:00', '12:00'),
      window(1, '12:00', '11:00'),
      window(8, '10:00', '12:00'),
      window(2, '9am', '10:00'),
    );
    const utc = schedule('UTC', window(1, '00:00', '24:00'), window(2, '00:00', '24:00'));
    expect(weeklyOverlapMinutes(broken, utc, SUMMER_WEEK)).toBe(120);
  });
});
