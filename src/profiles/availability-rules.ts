export interface WeeklyWindowInput {
  day: number;
  start: string;
  end: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Why a set of weekly windows is unusable, or undefined when every window is well-formed and none overlap. */
export function availabilityProblem(windows: WeeklyWindowInput[]): string | undefined {
  for (const window of windows) {
    if (!TIME.test(window.start) || !TIME.test(window.end)) return 'times must be HH:MM (00:00 to 24:00)';
    if (minutesOfDay(window.start) >= minutesOfDay(window.end)) return `on day ${window.day} start ${window.start} must be before end ${window.end}`;
  }
  const byDay = [...windows].sort((a, b) => a.day - b.day || minutesOfDay(a.start) - minutesOfDay(b.start));
  for (let i = 1; i < byDay.length; i += 1) {
    const previous = byDay[i - 1];
    const current = byDay[i];
    if (previous !== undefined && current !== undefined && previous.day === current.day && minutesOfDay(current.start) < minutesOfDay(previous.end)) {
      return `windows on day ${current.day} overlap (${previous.start}-${previous.end} and ${current.start}-${current.end})`;
    }
  }
  return undefined;
}
