import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { PasswordStrength } from '../components/PasswordStrength';
import { useFormErrors } from '../components/use-form-errors';
import { useConfirmPasswordReset } from '../data/account';
import { describeError } from '../i18n/describe-error';
import { href } from '../router';
import { newPasswordProblems, PASSWORD_MAX, PASSWORD_MIN } from './new-password';
import { Button } from '../components/Button';

/** `#/reset-password?token=`: the link in the reset email. A new password, typed twice; then every session has ended. */
export function ResetPasswordPage({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const [form, setForm] = useState({ password: '', repeat: '' });
  const feedback = useFormErrors(['password']);
  const linkUsedUp = confirm.error instanceof ApiError && confirm.error.code === 'account.invalid-token';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (token === null) return;
    const problems = newPasswordProblems(form.password, form.repeat);
    feedback.set({
      password: problems.password === undefined ? undefined : t(`password.errors.${problems.password}`, { min: PASSWORD_MIN, max: PASSWORD_MAX }),
      repeat: problems.repeat === undefined ? undefined : t(`password.errors.${problems.repeat}`),
    });
    if (problems.password !== undefined || problems.repeat !== undefined) return;
    confirm.mutate({ token, password: form.password }, { onError: (error) => feedback.fromApi(error) });
  }

  let body;
  if (token === null) {
    body = <><Notice kind="error">{t('emailLink.incomplete')}</Notice><p><a href={href('/forgot-password')}>{t('resetPassword.requestNew')}</a></p></>;
  } else if (confirm.isSuccess) {
    body = <><Notice kind="success">{t('resetPassword.done')}</Notice><p><a href={href('/login')}>{t('resetPassword.logIn')}</a></p></>;
  } else if (linkUsedUp) {
    body = <><Notice kind="error">{describeError(confirm.error, t)}</Notice><p><a href={href('/forgot-password')}>{t('resetPassword.requestNew')}</a></p></>;
  } else {
    body = (
      <form onSubmit={submit} noValidate>
        <TextField id="password" type="password" label={t('resetPassword.password')} hint={t('password.hint', { min: PASSWORD_MIN, max: PASSWORD_MAX })} value={form.password} onChange={(password) => setForm({ ...form, password })} error={feedback.errors.password} autoComplete="new-password" required />
        {/* The link names no one, so only the server can also check the password against the person's email and name. */}
        <PasswordStrength id="password" password={form.password} email="" />
        <TextField id="repeat" type="password" label={t('resetPassword.repeat')} value={form.repeat} onChange={(repeat) => setForm({ ...form, repeat })} error={feedback.errors.repeat} autoComplete="new-password" required />
        <Notice kind="error">{feedback.formError}</Notice>
        <Button type="submit" disabled={confirm.isPending}>{t('resetPassword.submit')}</Button>
      </form>
    );
  }

  return (
    <section className="narrow">
      <PageTitle>{t('resetPassword.title')}</PageTitle>
      {body}
    </section>
  );
}
