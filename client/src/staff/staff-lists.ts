import type { PeopleSort, Report, User } from '../api/client';
import { sortRows } from '../components/sort-and-page';
import { collator } from '../i18n/intl-formats';

/** The open reports: as the server queues them (urgent first, then oldest), or by age alone. */
export const REPORT_SORTS = ['queue', 'oldest', 'newest'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** Volunteers by name or by when they signed up, either way round; names compare in the viewer's language. */
export function sortVolunteers(volunteers: readonly User[], sort: PeopleSort, locale: string): User[] {
  const names = collator(locale, { sensitivity: 'base' });
  const byName = (a: User, b: User) => names.compare(a.displayName, b.displayName);
  const bySignUp = (a: User, b: User) => a.createdAt.localeCompare(b.createdAt);
  switch (sort) {
    case 'name':
      return sortRows(volunteers, byName, 'ascending');
    case '-name':
      return sortRows(volunteers, byName, 'descending');
    case 'createdAt':
      return sortRows(volunteers, bySignUp, 'ascending');
    case '-createdAt':
      return sortRows(volunteers, bySignUp, 'descending');
  }
}

/** `queue` keeps the server's order, which already ranks urgent reports first. */
export function sortReports<R extends Pick<Report, 'createdAt'>>(reports: readonly R[], sort: ReportSort): R[] {
  const byAge = (a: R, b: R) => a.createdAt.localeCompare(b.createdAt);
  switch (sort) {
    case 'queue':
      return [...reports];
    case 'oldest':
      return sortRows(reports, byAge, 'ascending');
    case 'newest':
      return sortRows(reports, byAge, 'descending');
  }
}
