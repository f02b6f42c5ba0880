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
import { MsInterval, unionIntervals } from '../../shared-domain/intervals.js';
import type { AvailabilityWindow } from './matching-person.js';

export interface WeeklySchedule {
  availability: readonly AvailabilityWindow[];
  timezone: string;
}

/** Half-open UTC interval [start, end) in epoch milliseconds. */
type UtcInterval = MsInterval;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const WEEK_DAYS = 7;
const MINUTES_PER_DAY = 24 * 60;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/** Monday 00:00 UTC of the ISO week containing `instant`. */
export function utcWeekStart(instant: Date): Date {
  // Plain arithmetic: this runs once per scored pair, and UTC has no DST to care about.
  const dayStart = Math.floor(instant.getTime() / DAY_MS) * DAY_MS;
  const daysSinceMonday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return new Date(dayStart - daysSinceMonday * DAY_MS);
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
 * The instant of a local wall-clock time on a calendar date. Built from calendar fields rather
 * than "midnight + N minutes" so it stays right on DST-change days; "24:00" becomes the next
 * local midnight. Remembered per (zone, date, time): luxon needs Intl for every zone offset,
 * which is slow, while people share a handful of zones, dates and times.
 */
const localInstants = new Map<string, number>();
const MAX_LOCAL_INSTANTS = 200_000;

function localInstant(zone: string, date: CalendarDate, minutesAfterMidnight: number): number {
  const key = `${zone}|${date.year}-${date.month}-${date.day}|${minutesAfterMidnight}`;
  const known = localInstants.get(key);
  if (known !== undefined) return known;
  const dayOffset = Math.floor(minutesAfterMidnight / MINUTES_PER_DAY);
  const minuteOfDay = minutesAfterMidnight % MINUTES_PER_DAY;
  const instant = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone })
    .plus({ days: dayOffset })
    .set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 })
    .toMillis();
  if (localInstants.size >= MAX_LOCAL_INSTANTS) localInstants.clear();
  localInstants.set(key, instant);
  return instant;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date `days` after the UTC date of `mondayMs`. */
function calendarDateAfter(mondayMs: number, days: number): CalendarDate {
  const date = new Date(mondayMs + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const validZones = new Map<string, string>();

/**
 * An unknown zone falls back to UTC: profile validation guarantees IANA
 * names, and one bad row should degrade a score, not break a whole list.
 */
function safeZone(timezone: string): string {
  let zone = validZones.get(timezone);
  if (zone === undefined) {
    zone = DateTime.now().setZone(timezone).isValid ? timezone : 'utc';
    if (validZones.size < 10_000) validZones.set(timezone, zone);
  }
  return zone;
}

/** A person's windows in the ISO week whose Monday has the UTC date of `mondayMs`. */
function windowsOfWeek(schedule: WeeklySchedule, zone: string, mondayMs: number): UtcInterval[] {
  const intervals: UtcInterval[] = [];
  for (const window of schedule.availability) {
    const start = parseClock(window.start);
    const end = parseClock(window.end);
    const validDay = Number.isInteger(window.day) && window.day >= 1 && window.day <= WEEK_DAYS;
    if (start === null || end === null || start >= end || !validDay) {
      continue; // Malformed windows are ignored rather than guessed at.
    }
    const date = calendarDateAfter(mondayMs, window.day - 1);
    intervals.push({ start: localInstant(zone, date, start), end: localInstant(zone, date, end) });
  }
  return intervals;
}


/**
 * Placing windows with luxon costs ~1 ms per person (zone offsets via Intl), which would
 * dominate scoring thousands of pairs. A person's placed week is therefore remembered, keyed by
 * the identity of their (read-only) availability array, for as long as that array lives.
 */
const placedWeeks = new WeakMap<readonly AvailabilityWindow[], Map<string, readonly UtcInterval[]>>();
const MAX_WEEKS_REMEMBERED = 4;

function freeTimeInWeek(schedule: WeeklySchedule, weekStart: Date): readonly UtcInterval[] {
  let byWeek = placedWeeks.get(schedule.availability);
  if (byWeek === undefined) {
    byWeek = new Map();
    placedWeeks.set(schedule.availability, byWeek);
  }
  const key = `${schedule.timezone}|${weekStart.getTime()}`;
  const known = byWeek.get(key);
  if (known !== undefined) return known;
  if (byWeek.size >= MAX_WEEKS_REMEMBERED) byWeek.clear();
  const computed = sameScheduleFreeTime(schedule, weekStart);
  byWeek.set(key, computed);
  return computed;
}

/**
 * People's weekly windows repeat from person to person (weekday evenings, weekend afternoons),
 * so a placed week is also remembered by what the schedule says, for the next person with the
 * same one: a round places tens of thousands of schedules, most of them seen before.
 */
const placedSchedules = new Map<string, readonly UtcInterval[]>();
const MAX_SCHEDULES_REMEMBERED = 50_000;

function sameScheduleFreeTime(schedule: WeeklySchedule, weekStart: Date): readonly UtcInterval[] {
  let key = `${schedule.timezone}|${weekStart.getTime()}`;
  for (const window of schedule.availability) key += `|${window.day} ${window.start}-${window.end}`;
  const known = placedSchedules.get(key);
  if (known !== undefined) return known;
  if (placedSchedules.size >= MAX_SCHEDULES_REMEMBERED) placedSchedules.clear();
  const computed = computeFreeTimeInWeek(schedule, weekStart);
  placedSchedules.set(key, computed);
  return computed;
}

/** The person's free time inside [weekStart, weekStart + 7 days), merged. */
function computeFreeTimeInWeek(schedule: WeeklySchedule, weekStart: Date): UtcInterval[] {
  const zone = safeZone(schedule.timezone);
  const weekStartMs = weekStart.getTime();
  const weekEndMs = weekStartMs + WEEK_DAYS * DAY_MS;
  const intervals = [-1, 0, 1].flatMap((weekOffset) =>
    windowsOfWeek(schedule, zone, weekStartMs + weekOffset * WEEK_DAYS * DAY_MS),
  );
  const clipped = intervals
    .map(({ start, end }) => ({ start: Math.max(start, weekStartMs), end: Math.min(end, weekEndMs) }))
    .filter(({ start, end }) => start < end);
  return unionIntervals(clipped);
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
  return overlapMinutes(freeTimeInWeek(a, referenceWeekStart), freeTimeInWeek(b, referenceWeekStart));
}

/**
 * A person's free time in the week beginning at `weekStart`: sorted, disjoint UTC intervals. For
 * scoring facts, set out once per person: remembered by what the schedule says only, since an
 * entry keyed by the person's own array would keep the person's objects from being collected young
 * (a round's thread sets out hundreds of thousands of people, each for a moment).
 */
export function weeklyFreeTime(schedule: WeeklySchedule, weekStart: Date): readonly UtcInterval[] {
  return sameScheduleFreeTime(schedule, weekStart);
}

/**
 * Whole minutes two people's free time overlaps (sorted, disjoint lists): the length of
 * intersectIntervals, summed as it goes without building the intersection, since rounds ask
 * this of millions of pairs.
 */
export function overlapMinutes(left: readonly UtcInterval[], right: readonly UtcInterval[]): number {
  let overlap = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i];
    const b = right[j];
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    if (start < end) overlap += end - start;
    if (a.end < b.end) i += 1;
    else j += 1;
  }
  return Math.round(overlap / MINUTE_MS);
}
