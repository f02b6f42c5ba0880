import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, TextField } from '../components/Field';
import { PasswordStrength } from '../components/PasswordStrength';
import { useFormErrors, type Errors } from '../components/use-form-errors';
import { useChangePassword } from '../data/account';
import { useSession } from '../session/session';
import { newPasswordProblems, PASSWORD_MAX, PASSWORD_MIN } from './new-password';
import { Button } from '../components/Button';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

/** Changes the password of the signed-in person; this browser stays signed in, every other session ends. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { user } = useSession();
  const [form, setForm] = useState(EMPTY);
  const feedback = useFormErrors(['currentPassword', 'newPassword']);

  function submit(event: FormEvent) {
    event.preventDefault();
    change.reset();
    const problems = newPasswordProblems(form.newPassword, form.repeat);
    const errors: Errors = {
      currentPassword: form.currentPassword === '' ? t('password.errors.current') : undefined,
      newPassword: problems.password === undefined ? undefined : t(`password.errors.${problems.password}`, { min: PASSWORD_MIN, max: PASSWORD_MAX }),
      repeat: problems.repeat === undefined ? undefined : t(`password.errors.${problems.repeat}`),
    };
    feedback.set(errors);
    if (Object.values(errors).some((error) => error !== undefined)) return;
    change.mutate(
      { currentPassword: form.currentPassword, newPassword: form.newPassword },
      { onSuccess: () => setForm(EMPTY), onError: (error) => feedback.fromApi(error) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('preferences.passwordTitle')}</h2>
      <TextField id="currentPassword" type="password" label={t('preferences.currentPassword')} value={form.currentPassword} onChange={(currentPassword) => setForm({ ...form, currentPassword })} error={feedback.errors.currentPassword} autoComplete="current-password" required />
      <TextField id="newPassword" type="password" label={t('preferences.newPassword')} hint={t('password.hint', { min: PASSWORD_MIN, max: PASSWORD_MAX })} value={form.newPassword} onChange={(newPassword) => setForm({ ...form, newPassword })} error={feedback.errors.newPassword} autoComplete="new-password" required />
      <PasswordStrength id="newPassword" password={form.newPassword} email={user?.email ?? ''} displayName={user?.displayName} />
      <TextField id="repeatPassword" type="password" label={t('preferences.repeatPassword')} value={form.repeat} onChange={(repeat) => setForm({ ...form, repeat })} error={feedback.errors.repeat} autoComplete="new-password" required />
      <Notice kind="error">{feedback.formError}</Notice>
      <Notice kind="success">{change.isSuccess ? t('preferences.passwordChanged') : undefined}</Notice>
      <Button type="submit" disabled={change.isPending}>{t('preferences.changePassword')}</Button>
    </form>
  );
}
