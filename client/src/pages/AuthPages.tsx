import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { CheckboxField, Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors, type Errors } from '../components/use-form-errors';
import { PasswordStrength } from '../components/PasswordStrength';
import { useLogIn, useSignUp } from '../data/session';
import { describeError } from '../i18n/describe-error';
import { href, navigate } from '../router';
import { homeFor } from '../session/home';
import { asksForSecondFactor, isBadSecondFactor, normaliseCode } from '../two-factor/codes';
import { Button } from '../components/Button';

const SIGNUP_FIELDS = ['displayName', 'email', 'password', 'role', 'acceptTerms'] as const;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const signUp = useSignUp();
  const [form, setForm] = useState({ displayName: '', email: '', password: '', role: '' as '' | 'migrant' | 'host', acceptTerms: false });
  const feedback = useFormErrors(SIGNUP_FIELDS);

  function check(): Errors {
    const errors: Errors = {};
    if (form.displayName.trim() === '') errors.displayName = t('signup.errors.displayName');
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = t('signup.errors.email');
    if (form.password.length < 10) errors.password = t('signup.errors.passwordLength', { min: 10 });
    if (form.role === '') errors.role = t('signup.errors.role');
    if (!form.acceptTerms) errors.acceptTerms = t('signup.errors.acceptTerms');
    return errors;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = check();
    feedback.set(errors);
    if (Object.keys(errors).length > 0 || form.role === '') return;
    const body = { ...form, role: form.role, acceptTerms: true as const, locale: i18n.language };
    signUp.mutate(body, { onSuccess: () => navigate('/profile'), onError: (error) => feedback.fromApi(error) });
  }

  const { errors } = feedback;
  return (
    <section className="narrow">
      <PageTitle>{t('signup.title')}</PageTitle>
      {window.location.hash.includes('deleted=1') ? <Notice kind="success">{t('privacy.deleted')}</Notice> : null}
      <p>{t('signup.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField id="displayName" label={t('signup.displayName')} hint={t('signup.displayNameHint')} value={form.displayName} onChange={(displayName) => setForm({ ...form, displayName })} error={errors.displayName} autoComplete="nickname" required />
        <TextField id="email" type="email" label={t('signup.email')} value={form.email} onChange={(email) => setForm({ ...form, email })} error={errors.email} autoComplete="email" required />
        <TextField id="password" type="password" label={t('signup.password')} hint={t('signup.passwordHint', { min: 10 })} value={form.password} onChange={(password) => setForm({ ...form, password })} error={errors.password} autoComplete="new-password" required />
        <PasswordStrength id="password" password={form.password} email={form.email} displayName={form.displayName} />
        <fieldset className="field" aria-describedby={errors.role === undefined ? undefined : 'role-error'}>
          <legend>{t('signup.role')}</legend>
          {(['migrant', 'host'] as const).map((role) => (
            <div className="choice" key={role}>
              <input type="radio" id={`role-${role}`} name="role" value={role} checked={form.role === role} onChange={() => setForm({ ...form, role })} />
              <label htmlFor={`role-${role}`}>{t(`signup.roles.${role}`)}</label>
            </div>
          ))}
          {errors.role === undefined ? null : <p className="field-error" id="role-error">{errors.role}</p>}
        </fieldset>
        <CheckboxField id="acceptTerms" label={t('signup.acceptTerms')} hint={t('signup.acceptTermsHint')} checked={form.acceptTerms} onChange={(acceptTerms) => setForm({ ...form, acceptTerms })} error={errors.acceptTerms} />
        <Notice kind="error">{feedback.formError}</Notice>
        <Button type="submit" disabled={signUp.isPending}>{t('signup.submit')}</Button>
      </form>
      <p>
        {t('signup.haveAccount')} <a href={href('/login')}>{t('login.title')}</a>
      </p>
    </section>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const logIn = useLogIn();
  const [form, setForm] = useState({ email: '', password: '', code: '' });
  // Asked once the server says this account signs in with a second factor.
  const [askCode, setAskCode] = useState(false);
  const feedback = useFormErrors(['email', 'password', 'code']);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    if (form.email.trim() === '') errors.email = t('login.errors.email');
    if (form.password === '') errors.password = t('login.errors.password');
    if (askCode && form.code.trim() === '') errors.code = t('login.errors.code');
    feedback.set(errors);
    if (Object.keys(errors).length > 0) return;
    const body = { email: form.email, password: form.password, ...(askCode ? { code: normaliseCode(form.code) } : {}) };
    logIn.mutate(body, {
      onSuccess: (result) => navigate(homeFor(result.user)),
      onError: (error) => {
        if (asksForSecondFactor(error)) {
          setAskCode(true);
          feedback.set({});
        } else if (isBadSecondFactor(error)) {
          feedback.set({ code: describeError(error, t) });
        } else if (error instanceof ApiError && error.status === 401) {
          // The same answer for an unknown email and a wrong password; shown by the password field.
          feedback.set({ password: describeError(error, t) });
        } else {
          feedback.fromApi(error);
        }
      },
    });
  }

  return (
    <section className="narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <TextField id="email" type="email" label={t('login.email')} value={form.email} onChange={(email) => setForm({ ...form, email })} error={feedback.errors.email} autoComplete="username" required />
        <TextField id="password" type="password" label={t('login.password')} value={form.password} onChange={(password) => setForm({ ...form, password })} error={feedback.errors.password} autoComplete="current-password" required />
        {askCode ? (
          <TextField id="code" label={t('login.code')} hint={t('login.codeHint')} value={form.code} onChange={(code) => setForm({ ...form, code })} error={feedback.errors.code} autoComplete="one-time-code" autoFocus required />
        ) : null}
        <Notice kind="error">{feedback.formError}</Notice>
        <Button type="submit" disabled={logIn.isPending}>{t('login.submit')}</Button>
      </form>
      <p>
        <a href={href('/forgot-password')}>{t('login.forgot')}</a>
      </p>
      <p>
        {t('login.noAccount')} <a href={href('/signup')}>{t('signup.title')}</a>
      </p>
    </section>
  );
}
