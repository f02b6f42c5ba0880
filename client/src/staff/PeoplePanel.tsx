import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleSort } from '../api/client';
import { Notice, SelectField, TextField } from '../components/Field';
import { Pagination, SortableHeader, Table } from '../components/Table';
import type { PeopleQuery } from '../data/keys';
import { usePeopleSearch } from '../data/people';
import { describeFirstError } from '../i18n/describe-error';
import { formatDate, useViewerTimezone } from '../meetups/time';
import { href } from '../router';
import { ariaSortOf, nextSort, pageCount, sortKey, useDebounced, type PeopleColumn } from './people-search';
import { PersonPage } from './PersonPage';

const PAGE_SIZE = 20;
export const SEARCH_DELAY_MS = 300;
const ROLES = ['migrant', 'host', 'staff', 'admin'] as const;
const SORTS: readonly PeopleSort[] = ['name', '-name', 'createdAt', '-createdAt'];
type RoleFilter = (typeof ROLES)[number] | 'all';

/** The People tab: find someone by name or address; `personId` opens their page. */
export function PeoplePanel({ personId }: { personId?: string }) {
  return personId === undefined ? <PeopleSearch /> : <PersonPage userId={personId} />;
}

function PeopleSearch() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [text, setText] = useState('');
  const [role, setRole] = useState<RoleFilter>('all');
  const [sort, setSort] = useState<PeopleSort>('name');
  const [page, setPage] = useState(1);
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const query: PeopleQuery = { sort, page, limit: PAGE_SIZE, ...(q === '' ? {} : { q }), ...(role === 'all' ? {} : { role }) };
  const people = usePeopleSearch(query);
  const pages = people.data === undefined ? 1 : pageCount(people.data.total, PAGE_SIZE);

  const header = (column: PeopleColumn, label: string) => (
    <SortableHeader label={label} sort={ariaSortOf(sort, column)} onSort={() => { setSort(nextSort(sort, column)); setPage(1); }} />
  );

  return (
    <div>
      <div className="row">
        <TextField id="people-search" label={t('staff.people.search')} hint={t('staff.people.searchHint')} type="search" value={text} onChange={(value) => { setText(value); setPage(1); }} />
        <SelectField id="people-role" label={t('staff.people.role')} value={role} onChange={(value) => { setRole(value as RoleFilter); setPage(1); }}>
          <option value="all">{t('staff.people.everyone')}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t(`staff.people.roles.${r}`)}</option>)}
        </SelectField>
        <SelectField id="people-sort" label={t('staff.people.sort')} value={sort} onChange={(value) => { setSort(value as PeopleSort); setPage(1); }}>
          {SORTS.map((s) => <option key={s} value={s}>{t(`staff.people.sorts.${sortKey(s)}`)}</option>)}
        </SelectField>
      </div>
      <Notice kind="error">{describeFirstError(t, people.error)}</Notice>
      <p role="status">{people.data === undefined ? t('common.loading') : t('staff.people.found', { count: people.data.total })}</p>
      {people.data === undefined || people.data.items.length === 0 ? null : (
        <Table caption={t('staff.people.caption')} stacking>
            <thead>
              <tr>
                {header('name', t('staff.people.name'))}
                <th scope="col">{t('staff.people.email')}</th>
                <th scope="col">{t('staff.people.role')}</th>
                <th scope="col">{t('staff.people.status')}</th>
                {header('createdAt', t('staff.people.signedUp'))}
              </tr>
            </thead>
            <tbody>
              {people.data.items.map((person) => (
                <tr key={person.id}>
                  <td data-label={t('staff.people.name')}><a href={href(`/staff/people/${person.id}`)} dir="auto">{person.displayName}</a></td>
                  <td data-label={t('staff.people.email')} className="id">{person.email}</td>
                  <td data-label={t('staff.people.role')}>{t(`staff.people.roles.${person.role}`)}</td>
                  <td data-label={t('staff.people.status')}>{t(`staff.people.statuses.${person.status}`)}</td>
                  <td data-label={t('staff.people.signedUp')}><time dateTime={person.createdAt}>{formatDate(person.createdAt, i18n.language, timeZone)}</time></td>
                </tr>
              ))}
            </tbody>
        </Table>
      )}
      <Pagination label={t('staff.people.pages')} page={page} pages={pages} onPage={setPage} />
    </div>
  );
}
