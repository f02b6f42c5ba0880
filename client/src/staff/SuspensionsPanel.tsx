import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../api/client';
import { Notice, TextField } from '../components/Field';
import { useLiftSuspension, useSuspendPerson } from '../data/staff';
import { describeError } from '../i18n/describe-error';
import { href } from '../router';
import { PersonChooser } from './PersonChooser';
import { Button } from '../components/Button';

/** Suspend a person, or lift their suspension, after choosing them by name or address. */
export function SuspensionsPanel() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonRow>();
  const [form, setForm] = useState({ reason: '', days: '7' });
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string }>();
  const suspend = useSuspendPerson();
  const lift = useLiftSuspension();

  async function submit(event: FormEvent, lifting: boolean) {
    event.preventDefault();
    if (person === undefined) return setResult({ kind: 'error', text: t('staff.suspensions.choose') });
    const reason = form.reason.trim();
    if (!lifting && reason === '') return setResult({ kind: 'error', text: t('staff.reports.noteNeeded') });
    try {
      const user = lifting
        ? await lift.mutateAsync({ userId: person.id, body: reason === '' ? {} : { note: reason } })
        : await suspend.mutateAsync({ userId: person.id, body: { reason, ...(form.days === '' ? {} : { days: Number(form.days) }) } });
      setPerson({ ...person, status: user.status });
      setResult({ kind: 'success', text: t(lifting ? 'staff.suspensions.lifted' : 'staff.suspensions.suspended', { name: user.displayName }) });
    } catch (e) {
      setResult({ kind: 'error', text: describeError(e, t) });
    }
  }

  return (
    <form onSubmit={(event) => void submit(event, false)} noValidate className="narrow">
      {person === undefined ? (
        <PersonChooser label={t('staff.suspensions.person')} onChoose={(chosen) => { setPerson(chosen); setResult(undefined); }} />
      ) : (
        <div className="field">
          <p>
            <strong>{t('staff.suspensions.chosen')}</strong> <a href={href(`/staff/people/${person.id}`)} dir="auto">{person.displayName}</a>{' '}
            <span className="meta">{person.email} · {t(`staff.people.statuses.${person.status}`)}</span>
          </p>
          <Button variant="secondary" onClick={() => { setPerson(undefined); setResult(undefined); }}>{t('staff.suspensions.another')}</Button>
        </div>
      )}
      <TextField id="suspend-reason" label={t('staff.suspensions.reason')} value={form.reason} onChange={(reason) => setForm({ ...form, reason })} />
      <TextField id="suspend-days" type="number" min={1} label={t('staff.suspensions.days')} hint={t('staff.suspensions.daysHint')} value={form.days} onChange={(days) => setForm({ ...form, days })} />
      {result === undefined ? null : <Notice kind={result.kind}>{result.text}</Notice>}
      <div className="actions">
        <Button type="submit" variant="danger" disabled={suspend.isPending || lift.isPending}>{t('staff.suspensions.suspend')}</Button>
        <Button variant="secondary" disabled={suspend.isPending || lift.isPending} onClick={(event) => void submit(event, true)}>{t('staff.suspensions.unsuspend')}</Button>
      </div>
    </form>
  );
}
