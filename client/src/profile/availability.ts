/** Weekly availability as the profile stores it: ISO weekday 1..7 with "HH:MM" times; "24:00" ends at midnight. */
export interface AvailabilityWindow {
  day: number;
  start: string;
  end: string;
}

export type AvailabilityProblem = 'bad-day' | 'bad-time' | 'end-before-start' | 'overlap' | 'too-many';

export const MAX_WINDOWS = 28;

/** Minutes since midnight, or undefined when not a valid "HH:MM" (00:00..24:00). */
export function toMinutes(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (match === null) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

export function sortWindows(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  return [...windows].sort((a, b) => a.day - b.day || (toMinutes(a.start) ?? 0) - (toMinutes(b.start) ?? 0));
}

/** Why a window cannot join the others, or undefined when it can. Windows may touch but not overlap. */
export function windowProblem(window: AvailabilityWindow, others: readonly AvailabilityWindow[]): AvailabilityProblem | undefined {
  if (!Number.isInteger(window.day) || window.day < 1 || window.day > 7) return 'bad-day';
  const start = toMinutes(window.start);
  const end = toMinutes(window.end);
  if (start === undefined || end === undefined || start === 24 * 60) return 'bad-time';
  if (end <= start) return 'end-before-start';
  const overlaps = others.some((other) => {
    if (other.day !== window.day) return false;
    const otherStart = toMinutes(other.start) ?? 0;
    const otherEnd = toMinutes(other.end) ?? 0;
    return start < otherEnd && otherStart < end;
  });
  if (overlaps) return 'overlap';
  if (others.length >= MAX_WINDOWS) return 'too-many';
  return undefined;
}

export type AddResult = { ok: true; windows: AvailabilityWindow[] } | { ok: false; problem: AvailabilityProblem };

export function addWindow(windows: readonly AvailabilityWindow[], window: AvailabilityWindow): AddResult {
  const problem = windowProblem(window, windows);
  return problem === undefined ? { ok: true, windows: sortWindows([...windows, window]) } : { ok: false, problem };
}

export function removeWindow(windows: readonly AvailabilityWindow[], index: number): AvailabilityWindow[] {
  return windows.filter((_, i) => i !== index);
}

/** Copies one day's windows onto other days, skipping any that would overlap what is there. */
export function copyDay(windows: readonly AvailabilityWindow[], fromDay: number, toDays: readonly number[]): AvailabilityWindow[] {
  let result = [...windows];
  for (const day of toDays) {
    if (day === fromDay) continue;
    for (const source of windows.filter((w) => w.day === fromDay)) {
      const added = addWindow(result, { ...source, day });
      if (added.ok) result = added.windows;
    }
  }
  return sortWindows(result);
}

/** Hours a week in total, for a short summary. */
export function weeklyHours(windows: readonly AvailabilityWindow[]): number {
  const minutes = windows.reduce((sum, w) => sum + Math.max(0, (toMinutes(w.end) ?? 0) - (toMinutes(w.start) ?? 0)), 0);
  return Math.round((minutes / 60) * 10) / 10;
}
