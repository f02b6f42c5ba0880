import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { Notice, TextField } from '../components/Field';
import { useFormErrors, type Errors } from '../components/use-form-errors';
import { PasswordStrength } from '../components/PasswordStrength';
import type { Organisation } from '../data/programme-api';
import { useCreateCoordinator, useCreateOrganisation, useOrganisations } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { isCountryCode } from './programme-form';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { Card, CardList } from '../components/Card';

const NAME_MAX = 200;
const PASSWORD_MIN = 10;

/** Platform admins: the organisations, a new one, and a first coordinator for each. */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const create = useCreateOrganisation();
  const [form, setForm] = useState({ name: '', countryCode: '' });
  const [created, setCreated] = useState<string>();
  const feedback = useFormErrors(['name', 'countryCode']);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(undefined);
    const name = form.name.trim();
    const countryCode = form.countryCode.trim().toUpperCase();
    const errors: Errors = {};
    if (name === '') errors.name = t('errors.validation.required');
    else if (name.length > NAME_MAX) errors.name = t('errors.validation.maxLength', { limit: NAME_MAX });
    if (!isCountryCode(countryCode)) errors.countryCode = t('staff.organisations.countryCodeInvalid');
    feedback.set(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate({ name, countryCode }, {
      onSuccess: (organisation) => {
        setForm({ name: '', countryCode: '' });
        setCreated(t('staff.organisations.created', { name: organisation.name }));
      },
      onError: (error) => feedback.fromApi(error),
    });
  }

  return (
    <div>
      <section aria-labelledby="new-organisation">
        <h2 id="new-organisation">{t('staff.organisations.new')}</h2>
        <form onSubmit={submit} noValidate className="row">
          <TextField id="organisation-name" label={t('staff.organisations.name')} value={form.name} maxLength={NAME_MAX} onChange={(name) => setForm({ ...form, name })} error={feedback.errors.name} required />
          <TextField id="organisation-country" label={t('staff.organisations.countryCode')} hint={t('staff.organisations.countryCodeHint')} value={form.countryCode} maxLength={2} onChange={(countryCode) => setForm({ ...form, countryCode })} error={feedback.errors.countryCode} required />
          <Button type="submit" disabled={create.isPending}>{t('staff.organisations.create')}</Button>
        </form>
        <Notice kind="error">{feedback.formError}</Notice>
        <Notice kind="success">{created}</Notice>
      </section>
      <h2>{t('staff.organisations.list')}</h2>
      <Notice kind="error">{describeFirstError(t, organisations.error)}</Notice>
      {organisations.data === undefined ? null : organisations.data.length === 0 ? <EmptyState>{t('staff.organisations.none')}</EmptyState> : (
        <CardList>
          {organisations.data.map((organisation) => <OrganisationCard key={organisation.id} organisation={organisation} />)}
        </CardList>
      )}
    </div>
  );
}

function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card aria-labelledby={`organisation-${organisation.id}`}>
      <h3 id={`organisation-${organisation.id}`}>{organisation.name} ({organisation.countryCode})</h3>
      {open ? <CoordinatorForm organisation={organisation} onClose={() => setOpen(false)} /> : (
        <Button variant="secondary" onClick={() => setOpen(true)}>{t('staff.organisations.addCoordinator', { name: organisation.name })}</Button>
      )}
    </Card>
  );
}

function CoordinatorForm({ organisation, onClose }: { organisation: Organisation; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCoordinator();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [done, setDone] = useState<string>();
  const feedback = useFormErrors(['displayName', 'email', 'password']);
  const id = `coordinator-${organisation.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const errors: Errors = {};
    if (form.displayName.trim() === '') errors.displayName = t('signup.errors.displayName');
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = t('signup.errors.email');
    if (form.password.length < PASSWORD_MIN) errors.password = t('signup.errors.passwordLength', { min: PASSWORD_MIN });
    feedback.set(errors);
    if (Object.keys(errors).length > 0) return;
    const body = { displayName: form.displayName.trim(), email: form.email.trim(), password: form.password };
    create.mutate({ organisationId: organisation.id, body }, {
      onSuccess: (user) => {
        setForm({ displayName: '', email: '', password: '' });
        setDone(t('staff.organisations.coordinatorCreated', { name: user.displayName, organisation: organisation.name }));
      },
      // The one conflict this route has: the email belongs to an account already.
      onError: (error) => (error instanceof ApiError && error.status === 409 ? feedback.set({ email: t('errors.codes.auth.email-taken') }) : feedback.fromApi(error)),
    });
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('staff.organisations.addCoordinator', { name: organisation.name })}>
      <TextField id={`${id}-name`} label={t('staff.organisations.coordinatorName')} value={form.displayName} onChange={(displayName) => setForm({ ...form, displayName })} error={feedback.errors.displayName} required />
      <TextField id={`${id}-email`} type="email" label={t('signup.email')} value={form.email} onChange={(email) => setForm({ ...form, email })} error={feedback.errors.email} autoComplete="off" required />
      <TextField id={`${id}-password`} type="password" label={t('staff.organisations.password')} hint={t('signup.passwordHint', { min: PASSWORD_MIN })} value={form.password} onChange={(password) => setForm({ ...form, password })} error={feedback.errors.password} autoComplete="new-password" required />
      <PasswordStrength id={`${id}-password`} password={form.password} email={form.email} displayName={form.displayName} />
      <Notice kind="error">{feedback.formError}</Notice>
      <Notice kind="success">{done}</Notice>
      <div className="actions">
        <Button type="submit" disabled={create.isPending}>{t('staff.organisations.createCoordinator')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
