import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, tokenStore } from '../api/client';
import { call } from '../api/errors';
import { Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { describeError } from '../i18n/describe-error';
import { navigate } from '../router';

export function PrivacyPage() {
  const { t } = useTranslation();
  const [exportState, setExportState] = useState<{ kind: 'success' | 'error'; text: string }>();
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const feedback = useFormErrors(['password']);

  async function exportData() {
    try {
      const data = await call(api.GET('/api/me/export'));
      const text = JSON.stringify(data, null, 2);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `common-ground-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setExportState({ kind: 'success', text: t('privacy.exported', { kb: Math.max(1, Math.round(text.length / 1024)) }) });
    } catch (e) {
      setExportState({ kind: 'error', text: describeError(e, t) });
    }
  }

  async function erase(event: FormEvent) {
    event.preventDefault();
    if (password === '') return feedback.set({ password: t('login.errors.password') });
    if (!understood) return feedback.set({}, t('privacy.confirmFirst'));
    setBusy(true);
    try {
      await call(api.DELETE('/api/me', { body: { password } }));
      tokenStore.set(null);
      navigate('/signup?deleted=1');
    } catch (e) {
      feedback.fromApi(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <h2>{t('privacy.exportTitle')}</h2>
      <p>{t('privacy.exportIntro')}</p>
      <button type="button" onClick={() => void exportData()}>{t('privacy.export')}</button>
      {exportState === undefined ? null : <Notice kind={exportState.kind}>{exportState.text}</Notice>}
      <h2>{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteIntro')}</p>
      <form onSubmit={(event) => void erase(event)} noValidate>
        <TextField id="delete-password" type="password" label={t('privacy.password')} value={password} onChange={setPassword} error={feedback.errors.password} autoComplete="current-password" />
        <div className="field choice">
          <input id="delete-understood" type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
          <label htmlFor="delete-understood">{t('privacy.understood')}</label>
        </div>
        <Notice kind="error">{feedback.formError}</Notice>
        <button type="submit" className="danger" disabled={busy}>{t('privacy.delete')}</button>
      </form>
    </section>
  );
}
