import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { AuditEntry } from '../api/client';
import { Notice, TextField } from '../components/Field';
import { describeError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';

export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [filters, setFilters] = useState({ actorId: '', action: '', targetId: '' });
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  const load = useCallback((after?: string) => {
    const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value.trim() !== '')) as Record<string, string>;
    call(api.GET('/api/staff/audit-log', { params: { query: { ...query, ...(after === undefined ? {} : { cursor: after }) } } })).then(
      (page) => {
        setEntries((current) => (after === undefined ? page.items : [...current, ...page.items]));
        setCursor(page.nextCursor);
      },
      (e: unknown) => setError(describeError(e, t)),
    );
  }, [filters, t]);
  // Filters apply on submit, not on every keystroke: load once on open.
  const [loadOnOpen] = useState(() => load);
  useEffect(() => loadOnOpen(), [loadOnOpen]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    load();
  }

  return (
    <div>
      <form onSubmit={submit} className="row">
        <TextField id="audit-actor" label={t('staff.audit.actorId')} value={filters.actorId} onChange={(actorId) => setFilters({ ...filters, actorId })} />
        <TextField id="audit-action" label={t('staff.audit.action')} value={filters.action} onChange={(action) => setFilters({ ...filters, action })} />
        <TextField id="audit-target" label={t('staff.audit.targetId')} value={filters.targetId} onChange={(targetId) => setFilters({ ...filters, targetId })} />
        <button type="submit">{t('staff.audit.filter')}</button>
      </form>
      <Notice kind="error">{error}</Notice>
      <div className="table-scroll">
        <table>
          <caption>{t('staff.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.audit.when')}</th>
              <th scope="col">{t('staff.audit.action')}</th>
              <th scope="col">{t('staff.audit.actorId')}</th>
              <th scope="col">{t('staff.audit.target')}</th>
              <th scope="col">{t('staff.audit.note')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.createdAt, i18n.language, timeZone)}</td>
                <td>{entry.action}</td>
                <td className="id">{entry.actorId}</td>
                <td className="id">{entry.targetType} {entry.targetId}</td>
                <td>{entry.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cursor === null ? null : <button type="button" className="secondary" onClick={() => load(cursor)}>{t('common.more')}</button>}
    </div>
  );
}
