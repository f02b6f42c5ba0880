import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Notice, SelectField } from '../components/Field';
import { Pagination, SortableHeader, Table } from '../components/Table';
import { useStaffMatches } from '../data/staff-matches';
import { useStaffProgrammes } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { formatDate, useViewerTimezone } from '../meetups/time';
import { href } from '../router';
import { MATCH_FILTER_STATUSES, MATCH_SORTS, matchAriaSort, matchSortKey, matchesQuery, nextMatchSort, waitingDaysFilter, type MatchColumn, type MatchSort, type MatchStatusFilter } from './matches-overview';
import { pageCount, useDebounced } from './people-search';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 300;

// Chart.js only loads when someone opens the matches.
const WaitingFigure = lazy(() => import('./WaitingFigure'));

/** The Matches tab: every match of the organisation's programmes, filtered, sorted and paged; and how long people wait. */
export function MatchesPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const programmes = useStaffProgrammes();
  const [programmeId, setProgrammeId] = useState('');
  const [status, setStatus] = useState<MatchStatusFilter>('all');
  const [waitingText, setWaitingText] = useState('');
  const [sort, setSort] = useState<MatchSort>('-createdAt');
  const [page, setPage] = useState(1);
  const waitingSettled = useDebounced(waitingText, TYPING_DELAY_MS);
  const matches = useStaffMatches(matchesQuery({ programmeId, status, waitingText: waitingSettled, sort, page, limit: PAGE_SIZE }));
  const pages = matches.data === undefined ? 1 : pageCount(matches.data.total, PAGE_SIZE);
  const waitingInvalid = waitingText.trim() !== '' && waitingDaysFilter(waitingText) === undefined;

  const header = (column: MatchColumn, label: string) => {
    const ariaSort = matchAriaSort(sort, column);
    return <SortableHeader label={label} sort={ariaSort} onSort={() => { setSort(nextMatchSort(sort, column)); setPage(1); }} />;
  };
  const person = (p: { id: string; displayName: string }) => <a href={href(`/staff/people/${p.id}`)} dir="auto">{p.displayName}</a>;

  return (
    <div>
      <div className="row">
        <SelectField id="matches-programme" label={t('staff.matches.programme')} value={programmeId} onChange={(value) => { setProgrammeId(value); setPage(1); }}>
          <option value="">{t('staff.matches.allProgrammes')}</option>
          {(programmes.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
        <SelectField id="matches-status" label={t('staff.matches.status')} value={status} onChange={(value) => { setStatus(value as MatchStatusFilter); setPage(1); }}>
          <option value="all">{t('staff.matches.allStatuses')}</option>
          {MATCH_FILTER_STATUSES.map((s) => <option key={s} value={s}>{t(`staff.person.matchStatuses.${s}`)}</option>)}
        </SelectField>
        {/* A Field rather than a TextField: the hint itself turns into the problem, and aria-invalid stays "false" while the text is fine. */}
        <Field id="matches-waiting" label={t('staff.matches.waitingMoreThan')} hint={waitingInvalid ? t('staff.matches.waitingInvalid') : t('staff.matches.waitingHint')}>
          {(describedBy) => (
            <input
              id="matches-waiting"
              name="matches-waiting"
              type="text"
              inputMode="numeric"
              value={waitingText}
              aria-describedby={describedBy}
              aria-invalid={waitingInvalid}
              onChange={(event) => { setWaitingText(event.target.value); setPage(1); }}
            />
          )}
        </Field>
        <SelectField id="matches-sort" label={t('staff.people.sort')} value={sort} onChange={(value) => { setSort(value as MatchSort); setPage(1); }}>
          {MATCH_SORTS.map((s) => <option key={s} value={s}>{t(`staff.matches.sorts.${matchSortKey(s)}`)}</option>)}
        </SelectField>
      </div>
      <Notice kind="error">{describeFirstError(t, matches.error)}</Notice>
      <p role="status">{matches.data === undefined ? t('common.loading') : t('staff.matches.found', { count: matches.data.total })}</p>
      {matches.data === undefined || matches.data.items.length === 0 ? null : (
        <Table caption={t('staff.matches.caption')} stacking>
            <thead>
              <tr>
                <th scope="col">{t('staff.matches.migrant')}</th>
                <th scope="col">{t('staff.matches.host')}</th>
                <th scope="col">{t('staff.matches.programme')}</th>
                <th scope="col">{t('staff.matches.status')}</th>
                {header('createdAt', t('staff.matches.proposed'))}
                {header('waiting', t('staff.matches.waiting'))}
              </tr>
            </thead>
            <tbody>
              {matches.data.items.map((match) => (
                <tr key={match.id}>
                  <td data-label={t('staff.matches.migrant')}>{person(match.migrant)}</td>
                  <td data-label={t('staff.matches.host')}>{person(match.host)}</td>
                  <td data-label={t('staff.matches.programme')} dir="auto">{match.programme.name}</td>
                  <td data-label={t('staff.matches.status')}>{t(`staff.person.matchStatuses.${match.status}`)}</td>
                  <td data-label={t('staff.matches.proposed')}><time dateTime={match.createdAt}>{formatDate(match.createdAt, i18n.language, timeZone)}</time></td>
                  <td data-label={t('staff.matches.waiting')}>{match.waitingDays === null ? '–' : t('staff.stats.days', { count: match.waitingDays })}</td>
                </tr>
              ))}
            </tbody>
        </Table>
      )}
      <Pagination label={t('staff.matches.pages')} page={page} pages={pages} onPage={setPage} />
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <WaitingFigure />
      </Suspense>
    </div>
  );
}
