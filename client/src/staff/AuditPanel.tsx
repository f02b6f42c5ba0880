import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, TextField } from '../components/Field';
import { Button } from '../components/Button';
import { SortableHeader, Table } from '../components/Table';
import type { AuditFilters, AuditOrder } from '../data/keys';
import { useAuditLog } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';

type Draft = Required<{ [K in keyof AuditFilters]: string }>;

/** The filters a person filled in; empty ones filter nothing. */
function filtersOf(draft: Draft): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of ['actorId', 'action', 'targetId'] as const) {
    const value = draft[name].trim();
    if (value !== '') filters[name] = value;
  }
  return filters;
}

export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [filters, setFilters] = useState<Draft>({ actorId: '', action: '', targetId: '' });
  // Filters apply on submit, not on every keystroke.
  const [applied, setApplied] = useState<AuditFilters>({});
  // Sorted by the server, so "show more" continues in the order shown.
  const [order, setOrder] = useState<AuditOrder>('newest');
  const log = useAuditLog(applied, order);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = filtersOf(filters);
    if (JSON.stringify(next) === JSON.stringify(applied)) void log.refetch();
    else setApplied(next);
  }

  return (
    <div>
      <form onSubmit={submit} className="row">
        <TextField id="audit-actor" label={t('staff.audit.actorId')} value={filters.actorId} onChange={(actorId) => setFilters({ ...filters, actorId })} />
        <TextField id="audit-action" label={t('staff.audit.action')} value={filters.action} onChange={(action) => setFilters({ ...filters, action })} />
        <TextField id="audit-target" label={t('staff.audit.targetId')} value={filters.targetId} onChange={(targetId) => setFilters({ ...filters, targetId })} />
        <Button type="submit">{t('staff.audit.filter')}</Button>
      </form>
      <Notice kind="error">{describeFirstError(t, log.error)}</Notice>
      <Table caption={t('staff.audit.caption')} stacking>
          <thead>
            <tr>
              <SortableHeader label={t('staff.audit.when')} sort={order === 'newest' ? 'descending' : 'ascending'} onSort={() => setOrder(order === 'newest' ? 'oldest' : 'newest')} />
              <th scope="col">{t('staff.audit.action')}</th>
              <th scope="col">{t('staff.audit.actorId')}</th>
              <th scope="col">{t('staff.audit.target')}</th>
              <th scope="col">{t('staff.audit.note')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td data-label={t('staff.audit.when')}>{formatDateTime(entry.createdAt, i18n.language, timeZone)}</td>
                <td data-label={t('staff.audit.action')}>{entry.action}</td>
                <td data-label={t('staff.audit.actorId')} className="id">{entry.actorId}</td>
                <td data-label={t('staff.audit.target')} className="id">{entry.targetType} {entry.targetId}</td>
                <td data-label={t('staff.audit.note')}>{entry.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
      </Table>
      {log.hasNextPage ? <Button variant="secondary" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>{t('common.more')}</Button> : null}
    </div>
  );
}
