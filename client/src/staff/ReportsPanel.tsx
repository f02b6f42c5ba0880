import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ResolveAction, StaffMessage } from '../api/client';
import { Button } from '../components/Button';
import { Card, CardList } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { Notice, SelectField, TextField } from '../components/Field';
import { pageOf } from '../components/sort-and-page';
import { Pagination } from '../components/Table';
import { useResolveReport, useStaffReports } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { REPORT_SORTS, sortReports, type ReportSort } from './staff-lists';

const PAGE_SIZE = 10;
const ACTIONS: ResolveAction[] = ['dismiss', 'hide_message', 'warn_user', 'suspend_user', 'end_match'];

/** The open reports (urgent first, then oldest, unless sorted otherwise), each with its conversation and the actions staff can take. */
export function ReportsPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const { data: reports, error } = useStaffReports();
  const [selected, setSelected] = useState<string>();
  const [sort, setSort] = useState<ReportSort>('queue');
  const [page, setPage] = useState(1);
  const shown = reports === undefined ? undefined : pageOf(sortReports(reports, sort), page, PAGE_SIZE);

  return (
    <div>
      <SelectField id="report-sort" label={t('staff.reports.sort')} value={sort} onChange={(value) => { setSort(value as ReportSort); setPage(1); }}>
        {REPORT_SORTS.map((s) => <option key={s} value={s}>{t(`staff.reports.sorts.${s}`)}</option>)}
      </SelectField>
      <Notice kind="error">{describeFirstError(t, error)}</Notice>
      {shown === undefined ? null : shown.rows.length === 0 ? <EmptyState>{t('staff.reports.none')}</EmptyState> : (
        <CardList>
          {shown.rows.map((report) => (
            <Card key={report.id}>
              <h2>{t(`report.reasons.${report.reason}`, { defaultValue: report.reason })} · {t(`staff.reports.sources.${report.source}`)}</h2>
              <p className="meta"><time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language, timeZone)}</time></p>
              {report.details === null ? null : <p>{report.details}</p>}
              {report.flags.length === 0 ? null : <p>{t('staff.reports.flags', { flags: report.flags.map((flag) => t(`staff.reports.flagKinds.${flag.kind}`, { defaultValue: flag.kind })).join(', ') })}</p>}
              {selected === report.id ? (
                <ReportDetail report={report} onResolved={() => setSelected(undefined)} />
              ) : (
                <Button onClick={() => setSelected(report.id)}>{t('staff.reports.open')}</Button>
              )}
            </Card>
          ))}
        </CardList>
      )}
      {shown === undefined || shown.pages === 1 ? null : <Pagination label={t('staff.reports.pages')} page={shown.page} pages={shown.pages} onPage={setPage} />}
    </div>
  );
}

function ReportDetail({ report, onResolved }: { report: Report; onResolved: () => void }) {
  const { t } = useTranslation();
  // The queue item carries its context: the reported message and up to three either side, oldest first.
  const messages = contextMessages(report);
  const [action, setAction] = useState<ResolveAction>(report.messageId === null ? 'dismiss' : 'hide_message');
  const [note, setNote] = useState('');
  const [days, setDays] = useState('7');
  const [noNote, setNoNote] = useState(false);
  const resolution = useResolveReport();
  const error = noNote ? t('staff.reports.noteNeeded') : describeFirstError(t, resolution.error);

  function resolve(event: FormEvent) {
    event.preventDefault();
    setNoNote(note.trim() === '');
    if (note.trim() === '') return;
    const body = { action, note: note.trim(), ...(action === 'suspend_user' ? { suspendDays: Number(days) } : {}) };
    resolution.mutate({ id: report.id, body }, { onSuccess: onResolved });
  }

  return (
    <div>
      {messages.length === 0 ? null : (
        <ol className="messages context" aria-label={t('staff.reports.context')}>
          {messages.map((m) => (
            <li key={m.id} className={m.id === report.messageId ? 'message reported' : 'message'} aria-current={m.id === report.messageId ? 'true' : undefined}>
              <p className="meta">#{m.seq} · {m.senderId === report.userId ? t('staff.reports.reportedPerson') : t('staff.reports.otherPerson')}</p>
              <p className="body">{m.bodyErased ? t('chat.hidden') : m.body}</p>
              {m.hiddenAt === null ? null : <p className="meta">{t('chat.hidden')}</p>}
            </li>
          ))}
        </ol>
      )}
      <form className="inline-form" onSubmit={resolve}>
        <SelectField id={`action-${report.id}`} label={t('staff.reports.action')} value={action} onChange={(value) => setAction(value as ResolveAction)}>
          {ACTIONS.filter((a) => a !== 'hide_message' || report.messageId !== null).map((a) => <option key={a} value={a}>{t(`staff.reports.actions.${a}`)}</option>)}
        </SelectField>
        {action === 'suspend_user' ? (
          <TextField id={`days-${report.id}`} label={t('staff.suspensions.days')} type="number" min={1} value={days} onChange={setDays} />
        ) : null}
        <TextField id={`note-${report.id}`} label={t('staff.reports.note')} value={note} onChange={setNote} required />
        <Notice kind="error">{error}</Notice>
        <Button type="submit" disabled={resolution.isPending}>{t('staff.reports.resolve')}</Button>
      </form>
    </div>
  );
}

function contextMessages(report: Report): StaffMessage[] {
  const { message, neighbours } = report.context;
  if (message === null) return neighbours;
  return [...neighbours.filter((m) => m.id !== message.id), message].sort((a, b) => a.seq - b.seq);
}
