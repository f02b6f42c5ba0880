import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, SelectField, TextField } from '../components/Field';
import { latestFailure } from '../data/mutations';
import { useRecordCheck, useRemoveCheck, useSetRequiredChecks, useStaffOrganisation, useVolunteerChecks, type CheckKind } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';

export const CHECK_KINDS: readonly CheckKind[] = ['identity', 'certificate-of-conduct', 'references', 'safeguarding-training'];

/** One volunteer's checks in the coordinator's organisation: each required kind's state, each record, and a form to record one. */
export function VolunteerChecks({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { data, error: loadError } = useVolunteerChecks(userId);
  const record = useRecordCheck();
  const remove = useRemoveCheck();
  const [kind, setKind] = useState<CheckKind>('certificate-of-conduct');
  const [checkedOn, setCheckedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [done, setDone] = useState<string>();
  const error = describeFirstError(t, latestFailure([record, remove]), loadError);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    await record.mutateAsync({ userId, kind, body: expiresOn === '' ? { checkedOn } : { checkedOn, expiresOn } });
    setDone(t('staff.checks.recorded', { check: t(`staff.checks.kinds.${kind}`), name }));
    setCheckedOn('');
    setExpiresOn('');
  }

  return (
    <section aria-label={t('staff.checks.title', { name })}>
      <h3>{t('staff.checks.title', { name })}</h3>
      <Notice kind="error">{error}</Notice>
      <Notice kind="success">{done}</Notice>
      {data === undefined ? null : (
        <>
          <p>{data.requiredKinds.length === 0 ? t('staff.checks.noneRequired') : data.cleared ? t('staff.checks.cleared') : t('staff.checks.notCleared')}</p>
          {data.checks.length === 0 && data.required.length === 0 ? <EmptyState>{t('staff.checks.none')}</EmptyState> : (
            <table>
              <thead>
                <tr><th>{t('staff.checks.kind')}</th><th>{t('staff.checks.status')}</th><th>{t('staff.checks.checkedOn')}</th><th>{t('staff.checks.expiresOn')}</th><th /></tr>
              </thead>
              <tbody>
                {CHECK_KINDS.map((k) => {
                  const stored = data.checks.find((c) => c.kind === k);
                  const required = data.required.find((r) => r.kind === k);
                  if (stored === undefined && required === undefined) return null;
                  const status = required?.status ?? stored?.status ?? 'missing';
                  return (
                    <tr key={k}>
                      <td>{t(`staff.checks.kinds.${k}`)}{required === undefined ? '' : ` (${t('staff.checks.required')})`}</td>
                      <td>{t(`staff.checks.statuses.${status}`)}</td>
                      <td>{stored?.checkedOn ?? '—'}</td>
                      <td>{stored === undefined ? '—' : stored.expiresOn ?? t('staff.checks.noExpiry')}</td>
                      <td>{stored === undefined ? null : (
                        <Button variant="secondary" onClick={() => void remove.mutateAsync({ userId, kind: k })}>{t('staff.checks.remove', { check: t(`staff.checks.kinds.${k}`) })}</Button>
                      )}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <SelectField id={`${id}-kind`} label={t('staff.checks.kind')} value={kind} onChange={(value) => setKind(value as CheckKind)}>
          {CHECK_KINDS.map((k) => <option key={k} value={k}>{t(`staff.checks.kinds.${k}`)}</option>)}
        </SelectField>
        <TextField id={`${id}-checked`} label={t('staff.checks.checkedOn')} type="date" required value={checkedOn} onChange={setCheckedOn} />
        <TextField id={`${id}-expires`} label={t('staff.checks.expiresOnOptional')} type="date" value={expiresOn} onChange={setExpiresOn} />
        <Button type="submit" disabled={record.isPending}>{t('staff.checks.record')}</Button>
      </form>
    </section>
  );
}

/** A volunteer's checks behind a button, read only once opened (a list of volunteers reads none). */
export function ChecksDisclosure({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>{t('staff.checks.title', { name })}</Button>
      {open ? <VolunteerChecks userId={userId} name={name} /> : null}
    </div>
  );
}

/** The checks the coordinator's organisation requires; hidden for an account without an organisation. */
export function RequiredChecks() {
  const { t } = useTranslation();
  const { data: organisation } = useStaffOrganisation();
  const save = useSetRequiredChecks();
  const [chosen, setChosen] = useState<CheckKind[]>();
  const [done, setDone] = useState<string>();
  if (organisation === undefined) return null;
  const selected = chosen ?? organisation.requiredVettingChecks;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    await save.mutateAsync({ requiredVettingChecks: selected });
    setDone(t('staff.checks.requiredSaved'));
  }

  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <fieldset className="checkbox-list">
        <legend>{t('staff.checks.requiredLegend')}</legend>
        {CHECK_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={selected.includes(k)} onChange={(event) => setChosen(event.target.checked ? [...selected, k] : selected.filter((s) => s !== k))} />
            {t(`staff.checks.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <Notice kind="error">{describeFirstError(t, save.error)}</Notice>
      <Notice kind="success">{done}</Notice>
      <Button type="submit" disabled={save.isPending}>{t('staff.checks.saveRequired')}</Button>
    </form>
  );
}
