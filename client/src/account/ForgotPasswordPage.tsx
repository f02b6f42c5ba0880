import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { useRequestPasswordReset } from '../data/account';
import { href } from '../router';
import { Button } from '../components/Button';

/** `#/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const feedback = useFormErrors(['email']);

  function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!/^\S+@\S+\.\S+$/.test(address)) return feedback.set({ email: t('forgotPassword.errors.email') });
    feedback.set({});
    setSentTo(undefined);
    request.mutate({ email: address }, { onSuccess: () => setSentTo(address), onError: (error) => feedback.fromApi(error) });
  }

  return (
    <section className="narrow">
      <PageTitle>{t('forgotPassword.title')}</PageTitle>
      {sentTo === undefined ? (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <form onSubmit={submit} noValidate>
            <TextField id="email" type="email" label={t('forgotPassword.email')} value={email} onChange={setEmail} error={feedback.errors.email} autoComplete="email" required />
            <Notice kind="error">{feedback.formError}</Notice>
            <Button type="submit" disabled={request.isPending}>{t('forgotPassword.submit')}</Button>
          </form>
        </>
      ) : (
        <>
          <Notice kind="success">{t('forgotPassword.sent', { email: sentTo })}</Notice>
          <p>{t('forgotPassword.spam')}</p>
          <Button variant="secondary" onClick={() => setSentTo(undefined)}>{t('forgotPassword.again')}</Button>
        </>
      )}
      <p><a href={href('/login')}>{t('forgotPassword.backToLogin')}</a></p>
    </section>
  );
}
