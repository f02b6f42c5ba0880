import type { ProgrammeStats } from '../data/programme-api';
import type { Series } from './stats-figures';
import { dateTimeFormat } from '../i18n/intl-formats';

const MATCH_STATUSES = ['proposed', 'active', 'declined', 'expired', 'ended'] as const;
const SCORES = ['1', '2', '3', '4', '5'] as const;

export function programmeMatchesSeries(stats: ProgrammeStats): Series {
  return { labels: [...MATCH_STATUSES], values: MATCH_STATUSES.map((status) => stats.matches[status]) };
}

/** Check-ins by score, 1 to 5, every score shown (0 when none gave it); undefined when the server sent no check-in figures. */
export function checkInScoreSeries(stats: ProgrammeStats): Series | undefined {
  if (stats.checkIns.count === 0) return undefined;
  const byScore = stats.checkIns.byScore;
  return { labels: [...SCORES], values: SCORES.map((score) => byScore[score] ?? 0) };
}

/** First active matches per month, oldest first, months without any included, so the bars read as a timeline. */
export function firstMatchesSeries(stats: ProgrammeStats): Series | undefined {
  const months = stats.firstMatchesByMonth;
  if (months.length === 0) return undefined;
  const counts = new Map(months.map(({ month, count }) => [month, count]));
  const sorted = [...counts.keys()].sort();
  const labels: string[] = [];
  for (let month = sorted[0] ?? ''; month <= (sorted.at(-1) ?? ''); month = nextMonth(month)) labels.push(month);
  return { labels, values: labels.map((month) => counts.get(month) ?? 0) };
}

/** "2026-12" → "2027-01". */
export function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** "2026-11" as the interface language writes a month: "Nov 2026", "nov 2026", "лист. 2026". */
export function monthLabel(month: string, uiLanguage: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return dateTimeFormat(uiLanguage, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 1));
}
