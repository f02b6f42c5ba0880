import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, TextField } from '../components/Field';
import { useLiftSuspension, useSuspendPerson } from '../data/staff';
import { describeError } from '../i18n/describe-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Suspend or lift a suspension by account id (ids are shown in reports and the audit log). */
export function SuspensionsPanel() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ userId: '', reason: '', days: '7' });
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string }>();
  const suspend = useSuspendPerson();
  const lift = useLiftSuspension();

  async function submit(event: FormEvent, lifting: boolean) {
    event.preventDefault();
    const userId = form.userId.trim();
    const reason = form.reason.trim();
    if (!UUID.test(userId)) return setResult({ kind: 'error', text: t('staff.suspensions.badId') });
    if (!lifting && reason === '') return setResult({ kind: 'error', text: t('staff.reports.noteNeeded') });
    try {
      const user = lifting
        ? await lift.mutateAsync({ userId, body: reason === '' ? {} : { note: reason } })
        : await suspend.mutateAsync({ userId, body: { reason, ...(form.days === '' ? {} : { days: Number(form.days) }) } });
      setResult({ kind: 'success', text: t(lifting ? 'staff.suspensions.lifted' : 'staff.suspensions.suspended', { name: user.displayName }) });
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
        <button type="submit" className="danger" disabled={suspend.isPending || lift.isPending}>{t('staff.suspensions.suspend')}</button>
        <button type="button" className="secondary" disabled={suspend.isPending || lift.isPending} onClick={(event) => void submit(event, true)}>{t('staff.suspensions.unsuspend')}</button>
      </div>
    </form>
  );
}
