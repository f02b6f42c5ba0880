import { useSession } from '../session/session';
import { browserTimezone } from '../profile/profile-form';
import { dateTimeFormat } from '../i18n/intl-formats';

/** The viewer's timezone: their profile's, else the browser's, else UTC (only to show times). */
export function useViewerTimezone(): string {
  const { user } = useSession();
  return user?.profile?.timezone ?? browserTimezone() ?? 'UTC';
}

export function formatDateTime(iso: string, language: string, timeZone: string): string {
  return dateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A day without the time of day: "2 November 2026". */
export function formatDate(iso: string, language: string, timeZone: string): string {
  return dateTimeFormat(language, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, language: string, timeZone: string): string {
  return dateTimeFormat(language, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The wall-clock fields of an instant in a timezone. */
function wallClock(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = dateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant / 60_000) * 60_000;
}

/** "2026-12-01T18:00" as wall-clock time in `timeZone` → the UTC ISO instant (what the API takes). */
export function zonedLocalToUtc(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (match === null) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset around DST changes.
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** A UTC ISO instant → "YYYY-MM-DDTHH:mm" wall-clock time in `timeZone`, for datetime-local inputs. */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso).getTime(), timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
