/**
 * How much weekly free time two people share, across timezones.
 *
 * Each person's windows are wall-clock times in their own zone. For the week
 * being scored we place every window on the real UTC time line with luxon
 * (so a DST change inside that week is honoured), clip to the week, and
 * intersect. Windows from the neighbouring weeks are placed too, because a
 * zone offset can push e.g. a Sunday-evening window into the next UTC week
 * or a Monday-morning one into the previous; schedules repeat weekly, so that
 * spill-over belongs in the week we measure.
 */
import { DateTime } from 'luxon';
import type { AvailabilityWindow } from './matching-person.js';

export interface WeeklySchedule {
  availability: readonly AvailabilityWindow[];
  timezone: string;
}

/** Half-open UTC interval [start, end) in epoch milliseconds. */
interface UtcInterval {
  start: number;
  end: number;
}

const MINUTE_MS = 60_000;
const WEEK_DAYS = 7;
const MINUTES_PER_DAY = 24 * 60;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/** Monday 00:00 UTC of the ISO week containing `instant`. */
export function utcWeekStart(instant: Date): Date {
  return DateTime.fromJSDate(instant, { zone: 'utc' }).startOf('week').toJSDate();
}

/** "HH:MM" to minutes after midnight (0..1440), or null when malformed. */
function parseClock(clock: string): number | null {
  const match = TIME_PATTERN.exec(clock);
  if (match === null) {
    return null;
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

/**
 * The instant of a local wall-clock time. Built from calendar fields rather
 * than "midnight + N minutes" so it stays right on DST-change days; "24:00"
 * becomes the next local midnight.
 */
function localInstant(day: DateTime, minutesAfterMidnight: number): number {
  const dayOffset = Math.floor(minutesAfterMidnight / MINUTES_PER_DAY);
  const minuteOfDay = minutesAfterMidnight % MINUTES_PER_DAY;
  return day
    .plus({ days: dayOffset })
    .set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 })
    .toMillis();
}

/**
 * An unknown zone falls back to UTC: profile validation guarantees IANA
 * names, and one bad row should degrade a score, not break a whole list.
 */
function safeZone(timezone: string): string {
  return DateTime.now().setZone(timezone).isValid ? timezone : 'utc';
}

/** A person's windows in the ISO week starting on `weekMonday` (a local date). */
function windowsOfWeek(schedule: WeeklySchedule, zone: string, weekMonday: DateTime): UtcInterval[] {
  const intervals: UtcInterval[] = [];
  for (const window of schedule.availability) {
    const start = parseClock(window.start);
    const end = parseClock(window.end);
    const validDay = Number.isInteger(window.day) && window.day >= 1 && window.day <= WEEK_DAYS;
    if (start === null || end === null || start >= end || !validDay) {
      continue; // Malformed windows are ignored rather than guessed at.
    }
    const day = DateTime.fromObject(
      { year: weekMonday.year, month: weekMonday.month, day: weekMonday.day },
      { zone },
    ).plus({ days: window.day - 1 });
    intervals.push({ start: localInstant(day, start), end: localInstant(day, end) });
  }
  return intervals;
}

/** Sorts and merges overlapping or touching intervals. */
function mergeIntervals(intervals: UtcInterval[]): UtcInterval[] {
  const sorted = [...intervals].sort((x, y) => x.start - y.start);
  const merged: UtcInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** The person's free time inside [weekStart, weekStart + 7 days), merged. */
function freeTimeInWeek(schedule: WeeklySchedule, weekStart: Date): UtcInterval[] {
  const zone = safeZone(schedule.timezone);
  const weekStartMs = weekStart.getTime();
  const weekEndMs = DateTime.fromJSDate(weekStart, { zone: 'utc' }).plus({ days: WEEK_DAYS }).toMillis();
  const calendarMonday = DateTime.fromJSDate(weekStart, { zone: 'utc' });
  const intervals = [-1, 0, 1].flatMap((weekOffset) =>
    windowsOfWeek(schedule, zone, calendarMonday.plus({ weeks: weekOffset })),
  );
  const clipped = intervals
    .map(({ start, end }) => ({ start: Math.max(start, weekStartMs), end: Math.min(end, weekEndMs) }))
    .filter(({ start, end }) => start < end);
  return mergeIntervals(clipped);
}

/** Total length of the intersection of two sorted, merged interval lists. */
function intersectionMs(a: UtcInterval[], b: UtcInterval[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  for (let x = a[i], y = b[j]; x !== undefined && y !== undefined; x = a[i], y = b[j]) {
    total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    // Advance whichever interval finishes first; the other may still overlap the next one.
    if (x.end < y.end) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return total;
}

/**
 * Minutes per week both people are free, for the week beginning at
 * `referenceWeekStart` (expected to be a Monday 00:00 UTC, see utcWeekStart).
 */
export function weeklyOverlapMinutes(
  a: WeeklySchedule,
  b: WeeklySchedule,
  referenceWeekStart: Date,
): number {
  const overlap = intersectionMs(freeTimeInWeek(a, referenceWeekStart), freeTimeInWeek(b, referenceWeekStart));
  return Math.round(overlap / MINUTE_MS);
}
