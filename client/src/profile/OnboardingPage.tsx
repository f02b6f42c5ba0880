import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { VerifyEmailNotice } from '../account/VerifyEmailNotice';
import { CheckboxField, Field, Notice, TextField } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { useSaveProfile } from '../data/session';
import { hashParam, href, navigate } from '../router';
import { useSession } from '../session/session';
import { AvailabilityEditor } from './AvailabilityEditor';
import { clearDraft, keepDraft, loadDraft } from './onboarding-draft';
import { isStepId, missingItems, nextStep, previousStep, startingStep, STEP_IDS, stepNumber, stepOfField, stepPath, validateStep, type StepErrors, type StepId } from './onboarding-steps';
import { PlaceSearch } from './PlaceSearch';
import { formFromUser, inputFromForm, PROFILE_FIELDS, type ProfileForm } from './profile-form';
import { GenderField, InterestChoices, LanguagesSpoken, LanguagesToPractise, PartnerGenderField, TimezoneField } from './profile-sections';
import { Button } from '../components/Button';

/** The profile one topic at a time (#/profile/steps), for a person whose profile is not complete yet. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user === null || user === undefined) return <p role="status">{t('common.loading')}</p>;
  return <OnboardingSteps user={user} />;
}

function initialState(user: User): { form: ProfileForm; step: StepId } {
  const base = formFromUser(user);
  const draft = loadDraft(user.id, base);
  return { form: draft?.form ?? base, step: startingStep(hashParam(window.location.hash, 'step'), draft) };
}

function OnboardingSteps({ user }: { user: User }) {
  const { t } = useTranslation();
  const [initial] = useState(() => initialState(user));
  const [form, setForm] = useState(initial.form);
  const [step, setStep] = useState(initial.step);
  const [errors, setErrors] = useState<StepErrors>({});
  const save = useSaveProfile();
  const feedback = useFormErrors(PROFILE_FIELDS);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const shown = useRef(step);
  shown.current = step;
  const thisYear = new Date().getFullYear();

  useEffect(() => keepDraft(user.id, { step, form }), [user.id, step, form]);
  useEffect(() => {
    // The address names the step (a reload or a shared link opens it) without adding to the history.
    window.history.replaceState(window.history.state, '', href(stepPath(step)));
    if (moved.current) heading.current?.focus();
  }, [step]);
  useEffect(() => {
    // A "what is missing" link to another step while this page is open.
    const onHashChange = (): void => {
      const named = hashParam(window.location.hash, 'step');
      if (isStepId(named) && named !== shown.current) goTo(named);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  function goTo(next: StepId): void {
    moved.current = true;
    setErrors({});
    setStep(next);
  }

  const update = (patch: Partial<ProfileForm>): void => setForm((current) => ({ ...current, ...patch }));
  const errorFor = (field: string): string | undefined => {
    const problem = errors[field];
    return problem === undefined ? feedback.errors[field] : t(`onboarding.problems.${problem}`);
  };

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (step === 'review') {
      feedback.set({});
      save.mutate(inputFromForm(form, user.role), {
        onSuccess: () => {
          clearDraft(user.id);
          navigate('/profile');
        },
        onError: (error) => feedback.fromApi(error),
      });
      return;
    }
    const problems = validateStep(step, form, user.role, thisYear);
    setErrors(problems);
    if (Object.keys(problems).length === 0) goTo(nextStep(step));
  }

  const number = stepNumber(step);
  const stepErrors = Object.keys(errors).length > 0;
  return (
    <section className="onboarding">
      <PageTitle>{t('onboarding.title')}</PageTitle>
      <VerifyEmailNotice />
      <p>{t('onboarding.intro')}</p>
      <div className="onboarding-progress">
        <p id="onboarding-progress">{t('onboarding.progress', { n: number, total: STEP_IDS.length })}</p>
        <progress max={STEP_IDS.length} value={number} aria-labelledby="onboarding-progress" />
        <ol className="onboarding-step-list" aria-label={t('onboarding.stepsLabel')}>
          {STEP_IDS.map((id) => (
            <li key={id} aria-current={id === step ? 'step' : undefined}>{t(`onboarding.steps.${id}`)}</li>
          ))}
        </ol>
      </div>
      <form onSubmit={submit} noValidate>
        <h2 ref={heading} tabIndex={-1}>{t(`onboarding.steps.${step}`)}</h2>
        <p className="hint">{t(`onboarding.stepIntro.${step}`)}</p>
        <StepFields step={step} form={form} role={user.role} update={update} errorFor={errorFor} />
        {step === 'review' ? <Review form={form} role={user.role} serverErrors={feedback.errors} thisYear={thisYear} /> : null}
        <Notice kind="error">{step === 'review' ? feedback.formError : stepErrors ? t('onboarding.fixErrors') : undefined}</Notice>
        <div className="actions onboarding-actions">
          {number === 1 ? null : (
            <Button variant="secondary" onClick={() => goTo(previousStep(step))}>{t('onboarding.back')}</Button>
          )}
          <Button type="submit" disabled={save.isPending}>{step === 'review' ? t('onboarding.save') : t('onboarding.next')}</Button>
        </div>
      </form>
      <p><a href={href('/profile')}>{t('onboarding.fullForm')}</a></p>
    </section>
  );
}

interface StepProps {
  step: StepId;
  form: ProfileForm;
  role: User['role'];
  update: (patch: Partial<ProfileForm>) => void;
  errorFor: (field: string) => string | undefined;
}

function StepFields({ step, form, role, update, errorFor }: StepProps): ReactNode {
  const { t } = useTranslation();
  switch (step) {
    case 'about':
      return (
        <>
          <GenderField value={form.gender} onChange={(gender) => update({ gender })} error={errorFor('gender')} />
          <TextField id="birthYear" type="number" inputMode="numeric" label={t('profile.birthYear')} hint={t('profile.birthYearHint')} value={form.birthYear} onChange={(birthYear) => update({ birthYear })} error={errorFor('birthYear')} />
          <Field id="bio" label={t('profile.bio')} hint={t('profile.bioHint')} error={errorFor('bio')}>
            {(describedBy, invalid) => <textarea id="bio" rows={4} maxLength={1000} value={form.bio} onChange={(e) => update({ bio: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
          </Field>
        </>
      );
    case 'languages':
      return <LanguagesSpoken value={form.languages} onChange={(languages) => update({ languages })} error={errorFor('languages')} />;
    case 'learning':
      return <LanguagesToPractise value={form.learning} onChange={(learning) => update({ learning })} error={errorFor('learning')} />;
    case 'place':
      return (
        <>
          <PlaceSearch value={form.place} onChange={(place) => update({ place })} error={errorFor('placeId')} />
          <TextField id="maxDistanceKm" type="number" inputMode="numeric" min={1} max={500} label={t('profile.maxDistanceKm')} value={form.maxDistanceKm} onChange={(maxDistanceKm) => update({ maxDistanceKm })} error={errorFor('maxDistanceKm')} />
          <CheckboxField id="meetOnline" label={t('profile.meetOnline')} checked={form.meetOnline} onChange={(meetOnline) => update({ meetOnline })} />
        </>
      );
    case 'interests':
      return <InterestChoices value={form.interests} onChange={(interests) => update({ interests })} />;
    case 'availability':
      return (
        <>
          <AvailabilityEditor value={form.availability} onChange={(availability) => update({ availability })} error={errorFor('availability')} />
          <TimezoneField value={form.timezone} onChange={(timezone) => update({ timezone })} error={errorFor('timezone')} />
        </>
      );
    case 'partner':
      return (
        <>
          <PartnerGenderField value={form.partnerGender} onChange={(partnerGender) => update({ partnerGender })} error={errorFor('partnerGender')} />
          {role === 'host' ? (
            <TextField id="capacity" type="number" inputMode="numeric" min={1} max={5} label={t('profile.capacity')} hint={t('profile.capacityHint')} value={form.capacity} onChange={(capacity) => update({ capacity })} error={errorFor('capacity')} />
          ) : null}
        </>
      );
    case 'review':
      return null;
  }
}

/** What is still missing, and what the server refused, each linking to the step that fixes it. */
function Review({ form, role, serverErrors, thisYear }: { form: ProfileForm; role: User['role']; serverErrors: Record<string, string | undefined>; thisYear: number }) {
  const { t } = useTranslation();
  const missing = missingItems(form, role, thisYear);
  const refused = Object.entries(serverErrors).flatMap(([field, message]) => {
    const step = stepOfField(field);
    return message === undefined || step === undefined ? [] : [{ field, step, message }];
  });
  if (missing.length === 0 && refused.length === 0) return <p>{t('onboarding.ready')}</p>;
  return (
    <>
      <p>{t('onboarding.missingIntro')}</p>
      <ul className="missing">
        {missing.map((item) => (
          <li key={item.field}><a href={href(stepPath(item.step))}>{t(`onboarding.problems.${item.problem}`)}</a></li>
        ))}
        {refused.map((item) => (
          <li key={`refused-${item.field}`}><a href={href(stepPath(item.step))}>{item.message}</a></li>
        ))}
      </ul>
    </>
  );
}
