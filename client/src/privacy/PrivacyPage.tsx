import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { useEraseAccount, useExportMyData } from '../data/session';
import { describeFirstError } from '../i18n/describe-error';
import { navigate } from '../router';
import { Button } from '../components/Button';

/** Hands the export to the browser as a JSON file; returns its size in kB for the confirmation. */
function saveExport(data: unknown): number {
  const text = JSON.stringify(data, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `common-ground-export-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return Math.max(1, Math.round(text.length / 1024));
}

export function PrivacyPage() {
  const { t } = useTranslation();
  const exporting = useExportMyData();
  const [exportedKb, setExportedKb] = useState<number>();
  const erasing = useEraseAccount(() => navigate('/signup?deleted=1'));
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const feedback = useFormErrors(['password']);

  function exportData() {
    setExportedKb(undefined);
    exporting.mutate(undefined, { onSuccess: (data) => setExportedKb(saveExport(data)) });
  }

  function erase(event: FormEvent) {
    event.preventDefault();
    if (password === '') return feedback.set({ password: t('login.errors.password') });
    if (!understood) return feedback.set({}, t('privacy.confirmFirst'));
    erasing.mutate({ password }, { onError: (error) => feedback.fromApi(error) });
  }

  return (
    <section className="narrow">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <h2>{t('privacy.exportTitle')}</h2>
      <p>{t('privacy.exportIntro')}</p>
      <Button disabled={exporting.isPending} onClick={exportData}>{t('privacy.export')}</Button>
      <Notice kind="success">{exportedKb === undefined ? undefined : t('privacy.exported', { kb: exportedKb })}</Notice>
      <Notice kind="error">{describeFirstError(t, exporting.error)}</Notice>
      <h2>{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteIntro')}</p>
      <form onSubmit={erase} noValidate>
        <TextField id="delete-password" type="password" label={t('privacy.password')} value={password} onChange={setPassword} error={feedback.errors.password} autoComplete="current-password" />
        <CheckboxField id="delete-understood" label={t('privacy.understood')} checked={understood} onChange={setUnderstood} />
        <Notice kind="error">{feedback.formError}</Notice>
        <Button type="submit" variant="danger" disabled={erasing.isPending}>{t('privacy.delete')}</Button>
      </form>
    </section>
  );
}
