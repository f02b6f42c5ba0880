import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ResolveAction, StaffMessage } from '../api/client';
import { Notice } from '../components/Field';
import { useResolveReport, useStaffReports } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';

const ACTIONS: ResolveAction[] = ['dismiss', 'hide_message', 'warn_user', 'suspend_user', 'end_match'];

/** The open reports, oldest first, each with its conversation and the actions staff can take. */
export function ReportsPanel() {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const { data: reports, error } = useStaffReports();
  const [selected, setSelected] = useState<string>();

  return (
    <div>
      <Notice kind="error">{describeFirstError(t, error)}</Notice>
      {reports === undefined ? null : reports.length === 0 ? <p>{t('staff.reports.none')}</p> : (
        <ul className="cards">
          {reports.map((report) => (
            <li key={report.id} className="card">
              <h2>{t(`report.reasons.${report.reason}`, { defaultValue: report.reason })} · {t(`staff.reports.sources.${report.source}`)}</h2>
              <p className="meta"><time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language, timeZone)}</time></p>
              {report.details === null ? null : <p>{report.details}</p>}
              {report.flags.length === 0 ? null : <p>{t('staff.reports.flags', { flags: report.flags.map((flag) => t(`staff.reports.flagKinds.${flag.kind}`, { defaultValue: flag.kind })).join(', ') })}</p>}
              {selected === report.id ? (
                <ReportDetail report={report} onResolved={() => setSelected(undefined)} />
              ) : (
                <button type="button" onClick={() => setSelected(report.id)}>{t('staff.reports.open')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
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
        <div className="field">
          <label htmlFor={`action-${report.id}`}>{t('staff.reports.action')}</label>
          <select id={`action-${report.id}`} value={action} onChange={(event) => setAction(event.target.value as ResolveAction)}>
            {ACTIONS.filter((a) => a !== 'hide_message' || report.messageId !== null).map((a) => <option key={a} value={a}>{t(`staff.reports.actions.${a}`)}</option>)}
          </select>
        </div>
        {action === 'suspend_user' ? (
          <div className="field">
            <label htmlFor={`days-${report.id}`}>{t('staff.suspensions.days')}</label>
            <input id={`days-${report.id}`} type="number" min={1} value={days} onChange={(event) => setDays(event.target.value)} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`note-${report.id}`}>{t('staff.reports.note')}</label>
          <input id={`note-${report.id}`} value={note} onChange={(event) => setNote(event.target.value)} required />
        </div>
        <Notice kind="error">{error}</Notice>
        <button type="submit" disabled={resolution.isPending}>{t('staff.reports.resolve')}</button>
      </form>
    </div>
  );
}

function contextMessages(report: Report): StaffMessage[] {
  const { message, neighbours } = report.context;
  if (message === null) return neighbours;
  return [...neighbours.filter((m) => m.id !== message.id), message].sort((a, b) => a.seq - b.seq);
}
