/**
 * Finds meetup times that suit everyone: pure, no I/O.
 *
 * Each person's weekly windows are wall-clock times in their own IANA zone.
 * For every concrete local date in range we turn each window into a real UTC
 * interval (so DST is honoured per date, per zone), then intersect everyone's
 * availability, subtract everyone's busy time, and walk a fixed UTC grid.
 *
 * Grid: candidate starts are multiples of `stepMinutes` since the Unix epoch,
 * i.e. :00/:30 UTC for the default 30. Whole- and half-hour zones (Europe/*,
 * America/*, Asia/Kolkata +05:30, …) therefore keep local :00/:30 starts.
 * Quarter-hour zones (Asia/Kathmandu +05:45, Australia/Eucla +08:45,
 * Pacific/Chatham +12:45) do not: a window starting at 10:00 in Kathmandu
 * (04:15Z) yields its first candidate at 04:30Z = 10:15 local. Pass
 * `stepMinutes: 15` to reach those starts.
 *
 * Local times around DST changes follow one rule: a window runs from the FIRST
 * instant the person's clock reads `start` until the FIRST instant it reads `end`.
 *  - Non-existent times (spring-forward gap, e.g. 02:30 in Amsterdam on
 *    2026-03-29) resolve to the transition instant, the first moment the clock
 *    reads later than that time: 02:00–04:00 becomes 01:00Z–02:00Z (one real hour).
 *  - Ambiguous times (fall-back, e.g. 02:30 in Amsterdam on 2026-10-25, which
 *    happens at 00:30Z and again at 01:30Z) resolve to the earlier occurrence.
 *
 * Other choices: windows must satisfy start < end on one local day ("24:00"
 * allowed as end); malformed windows are ignored. A person whose zone is not a
 * valid IANA name contributes no availability, so nothing is suggested rather
 * than something computed in the wrong zone. No people → no slots.
 */
import { DateTime, IANAZone } from 'luxon';
import { intersectIntervals, MsInterval, unionIntervals } from '../../shared-domain/intervals.js';

/** A weekly free period in its owner's zone. */
export interface WeeklyWindow {
  /** ISO weekday in the person's zone: 1 = Monday … 7 = Sunday. */
  day: number;
  /** "HH:MM", 24-hour clock. */
  start: string;
  /** "HH:MM", later than start ("24:00" = end of the day). */
  end: string;
}

/** Time already taken, e.g. a confirmed meetup; half-open [start, end). */
export interface BusyInterval {
  start: Date;
  end: Date;
}

export interface SlotPerson {
  availability: readonly WeeklyWindow[];
  /** IANA zone name, e.g. "Europe/Amsterdam". */
  timezone: string;
  busy: readonly BusyInterval[];
}

export interface FindCommonSlotsInput {
  people: readonly SlotPerson[];
  /** Slots start at or after `from` … */
  from: Date;
  /** … and end at or before `to`. */
  to: Date;
  durationMinutes?: number;
  stepMinutes?: number;
  limit?: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export const DEFAULT_SLOT_DURATION_MINUTES = 60;
export const DEFAULT_SLOT_STEP_MINUTES = 30;
export const DEFAULT_SLOT_LIMIT = 50;

/** Half-open UTC interval [start, end) in epoch milliseconds. */
type Interval = MsInterval;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;
const MINUTES_PER_DAY = 24 * 60;
const CLOCK_PATTERN = /^(\d{2}):(\d{2})$/;

/** Common free slots of all `people`, soonest first, at most `limit`. */
export function findCommonSlots(input: FindCommonSlotsInput): Slot[] {
  const durationMinutes = positiveInteger(input.durationMinutes ?? DEFAULT_SLOT_DURATION_MINUTES, 'durationMinutes');
  const stepMinutes = positiveInteger(input.stepMinutes ?? DEFAULT_SLOT_STEP_MINUTES, 'stepMinutes');
  const limit = positiveInteger(input.limit ?? DEFAULT_SLOT_LIMIT, 'limit');
  const range: Interval = { start: input.from.getTime(), end: input.to.getTime() };
  if (input.people.length === 0 || !(range.start < range.end)) {
    return [];
  }
  const shared = input.people
    .map((person) => availabilityOf(person, range))
    .reduce((common, next) => intersectIntervals(common, next));
  const busy = unionIntervals(input.people.flatMap((person) => person.busy.map(toInterval)));
  const free = subtract(intersectIntervals(shared, [range]), busy);
  return gridSlots(free, durationMinutes * MS_PER_MINUTE, stepMinutes * MS_PER_MINUTE, limit);
}

/** Slots on the UTC grid that fit entirely inside one of the sorted, disjoint `free` intervals. */
function gridSlots(free: readonly Interval[], durationMs: number, stepMs: number, limit: number): Slot[] {
  const slots: Slot[] = [];
  for (const interval of free) {
    for (let start = ceilToGrid(interval.start, stepMs); start + durationMs <= interval.end; start += stepMs) {
      if (slots.length >= limit) return slots;
      slots.push({ startsAt: new Date(start), endsAt: new Date(start + durationMs) });
    }
  }
  return slots;
}

function ceilToGrid(ms: number, stepMs: number): number {
  return Math.ceil(ms / stepMs) * stepMs;
}

/** A person's availability as sorted, merged UTC intervals covering `range`. */
function availabilityOf(person: SlotPerson, range: Interval): Interval[] {
  const zone = IANAZone.create(person.timezone);
  if (!zone.isValid) return [];
  const intervals: Interval[] = [];
  for (const date of localDatesCovering(zone, range)) {
    const weekday = DateTime.utc(date.year, date.month, date.day).weekday;
    for (const window of person.availability) {
      if (window.day !== weekday) continue;
      const interval = windowOnDate(zone, date, window);
      if (interval !== null) intervals.push(interval);
    }
  }
  return unionIntervals(intervals);
}

/**
 * Every local calendar date in `zone` touching `range`, plus one date of
 * margin each side (a window on a neighbouring local date can still reach
 * into the range once converted to UTC).
 */
function localDatesCovering(zone: IANAZone, range: Interval): CalendarDate[] {
  const first = DateTime.fromMillis(range.start, { zone }).minus({ days: 1 });
  const last = DateTime.fromMillis(range.end, { zone }).plus({ days: 1 });
  // Iterate over plain calendar days in UTC so DST never skips or repeats a date.
  const dates: CalendarDate[] = [];
  let cursor = DateTime.utc(first.year, first.month, first.day);
  const end = DateTime.utc(last.year, last.month, last.day);
  while (cursor <= end) {
    dates.push({ year: cursor.year, month: cursor.month, day: cursor.day });
    cursor = cursor.plus({ days: 1 });
  }
  return dates;
}

function windowOnDate(zone: IANAZone, date: CalendarDate, window: WeeklyWindow): Interval | null {
  const startMinute = parseClock(window.start);
  const endMinute = parseClock(window.end);
  if (startMinute === null || endMinute === null || startMinute >= endMinute) {
    return null; // Malformed windows are ignored rather than guessed at.
  }
  const start = instantOfLocalTime(zone, date, startMinute);
  const end = instantOfLocalTime(zone, date, endMinute);
  // A window lying wholly inside a spring-forward gap collapses to nothing.
  return start < end ? { start, end } : null;
}

/** "HH:MM" → minutes after midnight (0..1440), or null when malformed. */
function parseClock(clock: string): number | null {
  const match = CLOCK_PATTERN.exec(clock);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const total = hours * 60 + minutes;
  return minutes < 60 && total <= MINUTES_PER_DAY ? total : null;
}

/**
 * The first instant at which the clock in `zone` reads at least the given
 * local time: the normal instant, the earlier one when ambiguous, and the
 * transition instant when the time falls in a gap.
 */
function instantOfLocalTime(zone: IANAZone, date: CalendarDate, minuteOfDay: number): number {
  // Wall-clock time encoded as if it were UTC; Date.UTC rolls 24:00 over to the next day.
  const wallMs = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  const offsets = nearbyOffsetsMs(zone, wallMs);
  const matching = offsets
    .map((offset) => wallMs - offset)
    .filter((instant) => offsetMs(zone, instant) === wallMs - instant);
  if (matching.length > 0) {
    return Math.min(...matching);
  }
  return gapTransitionInstant(zone, wallMs, Math.min(...offsets), Math.max(...offsets));
}

/** Offsets in force within a day either side; real zones never change more than that within ±1 day. */
function nearbyOffsetsMs(zone: IANAZone, wallMs: number): number[] {
  const offsets = [wallMs - MS_PER_DAY, wallMs, wallMs + MS_PER_DAY].map((instant) => offsetMs(zone, instant));
  return [...new Set(offsets)];
}

/**
 * In a gap the wall clock jumps from below `wallMs` to above it at one instant,
 * which lies between `wallMs - laterOffset` and `wallMs - earlierOffset`.
 * Binary search for the first millisecond whose wall time is ≥ `wallMs`.
 */
function gapTransitionInstant(zone: IANAZone, wallMs: number, earlierOffsetMs: number, laterOffsetMs: number): number {
  let low = wallMs - laterOffsetMs;
  let high = wallMs - earlierOffsetMs;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (middle + offsetMs(zone, middle) >= wallMs) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

function offsetMs(zone: IANAZone, instant: number): number {
  return zone.offset(instant) * MS_PER_MINUTE;
}

function toInterval(busy: BusyInterval): Interval {
  return { start: busy.start.getTime(), end: busy.end.getTime() };
}



/** `base` minus `holes`; both sorted and disjoint. */
function subtract(base: readonly Interval[], holes: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const interval of base) {
    let cursor = interval.start;
    for (const hole of holes) {
      if (hole.end <= cursor) continue;
      if (hole.start >= interval.end) break;
      if (hole.start > cursor) result.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive whole number (got ${value})`);
  }
  return value;
}
