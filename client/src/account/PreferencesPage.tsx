import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, SelectField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { usePreferences, useSavePreferences, type EmailChoice, type EmailLocale, type Preferences } from '../data/account';
import { describeFirstError } from '../i18n/describe-error';
import { isSupported, LANGUAGES } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DevicesSection } from './DevicesSection';
import { PushSection } from './PushSection';
import { EMAIL_CHOICE_GROUPS, emailChoiceLabelKey } from './email-choices';
import { VerifyEmailNotice } from './VerifyEmailNotice';
import { TwoFactorSection } from '../two-factor/TwoFactorSection';
import { Button } from '../components/Button';

/** `#/account/preferences`: the language and the kinds of email a person gets, changing the password, and signed-in devices. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const preferences = usePreferences();
  return (
    <section className="narrow">
      <PageTitle>{t('preferences.title')}</PageTitle>
      <VerifyEmailNotice />
      <PushSection />
      <h2 id="emails-title">{t('preferences.emailsTitle')}</h2>
      {user === null || user === undefined ? null : <p>{t('preferences.address', { email: user.email })}</p>}
      {preferences.data === undefined ? (
        preferences.isError ? <Notice kind="error">{describeFirstError(t, preferences.error)}</Notice> : <p role="status">{t('common.loading')}</p>
      ) : (
        <EmailPreferencesForm saved={preferences.data} />
      )}
      <ChangePasswordForm />
      <TwoFactorSection />
      <DevicesSection />
    </section>
  );
}

function EmailPreferencesForm({ saved }: { saved: Preferences }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [locale, setLocale] = useState<EmailLocale>(isSupported(saved.locale) ? saved.locale : 'en');
  const [email, setEmail] = useState(saved.email);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    save.mutate({ locale, email });
  }

  function toggle(choice: EmailChoice, on: boolean) {
    save.reset();
    setEmail({ ...email, [choice]: on });
  }

  return (
    <form onSubmit={submit} aria-labelledby="emails-title">
      <SelectField id="email-locale" label={t('preferences.language')} value={locale} onChange={(value) => { save.reset(); if (isSupported(value)) setLocale(value); }}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>{language.name}</option>
        ))}
      </SelectField>
      <p>{t('preferences.choicesIntro')}</p>
      {EMAIL_CHOICE_GROUPS.map(({ group, choices }) => (
        <fieldset key={group} className="field">
          <legend>{t(`preferences.groups.${group}`)}</legend>
          {choices.map((choice) => (
            <div className="choice" key={choice}>
              <input type="checkbox" id={`email-${choice}`} checked={email[choice]} onChange={(event) => toggle(choice, event.target.checked)} />
              <label htmlFor={`email-${choice}`}>{t(emailChoiceLabelKey(choice))}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <Notice kind="error">{describeFirstError(t, save.error)}</Notice>
      <Notice kind="success">{save.isSuccess ? t('preferences.saved') : undefined}</Notice>
      <Button type="submit" disabled={save.isPending}>{t('preferences.save')}</Button>
    </form>
  );
}
