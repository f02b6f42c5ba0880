import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import { Notice, TextField } from '../components/Field';
import { describeError } from '../i18n/describe-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Suspend or lift a suspension by account id (ids are shown in reports and the audit log). */
export function SuspensionsPanel() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ userId: '', reason: '', days: '7' });
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string }>();

  async function submit(event: FormEvent, lift: boolean) {
    event.preventDefault();
    if (!UUID.test(form.userId.trim())) return setResult({ kind: 'error', text: t('staff.suspensions.badId') });
    if (!lift && form.reason.trim() === '') return setResult({ kind: 'error', text: t('staff.reports.noteNeeded') });
    const params = { path: { id: form.userId.trim() } };
    try {
      const user = lift
        ? await call(api.POST('/api/staff/users/{id}/unsuspend', { params, body: form.reason.trim() === '' ? {} : { note: form.reason.trim() } }))
        : await call(api.POST('/api/staff/users/{id}/suspend', { params, body: { reason: form.reason.trim(), ...(form.days === '' ? {} : { days: Number(form.days) }) } }));
      setResult({ kind: 'success', text: t(lift ? 'staff.suspensions.lifted' : 'staff.suspensions.suspended', { name: user.displayName }) });
    } catch (e) {
      setResult({ kind: 'error', text: describeError(e, t) });
    }
  }

  return (
    <form onSubmit={(event) => void submit(event, false)} noValidate className="narrow">
      <TextField id="suspend-user" label={t('staff.suspensions.userId')} value={form.userId} onChange={(userId) => setForm({ ...form, userId })} />
      <TextField id="suspend-reason" label={t('staff.suspensions.reason')} value={form.reason} onChange={(reason) => setForm({ ...form, reason })} />
      <TextField id="suspend-days" type="number" min={1} label={t('staff.suspensions.days')} hint={t('staff.suspensions.daysHint')} value={form.days} onChange={(days) => setForm({ ...form, days })} />
      {result === undefined ? null : <Notice kind={result.kind}>{result.text}</Notice>}
      <div className="actions">
        <button type="submit" className="danger">{t('staff.suspensions.suspend')}</button>
        <button type="button" className="secondary" onClick={(event) => void submit(event, true)}>{t('staff.suspensions.unsuspend')}</button>
      </div>
    </form>
  );
}
