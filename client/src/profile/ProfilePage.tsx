import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageInput } from '../api/client';
import { Field, Notice, TextField } from '../components/Field';
import { VerifyEmailNotice } from '../account/VerifyEmailNotice';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { useInterests, useLanguages } from '../data/reference';
import { useSaveProfile } from '../data/session';
import { interestLabel } from '../i18n/translate-api';
import { ProgrammeChooser } from '../programmes/ProgrammeChooser';
import { useSession } from '../session/session';
import { AvailabilityEditor } from './AvailabilityEditor';
import { PlaceSearch } from './PlaceSearch';
import { formFromUser, inputFromForm, PROFILE_FIELDS, type ProfileForm } from './profile-form';
import { ProfileStatus } from './ProfileStatus';

const LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;

function timezones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [form, setForm] = useState<ProfileForm | null>(user === null || user === undefined ? null : formFromUser(user));
  // Without the lists the form still works: codes are shown as they are.
  const languages = useLanguages(i18n.language).data ?? [];
  const interests = useInterests().data ?? [];
  const save = useSaveProfile();
  const [learningDraft, setLearningDraft] = useState('');
  const [saved, setSaved] = useState(false);
  const feedback = useFormErrors(PROFILE_FIELDS);
  const zones = useMemo(timezones, []);

  useEffect(() => {
    if (form === null && user !== null && user !== undefined) setForm(formFromUser(user));
  }, [user, form]);

  if (user === null || user === undefined || form === null) return <p role="status">{t('common.loading')}</p>;
  const update = (patch: Partial<ProfileForm>): void => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const languageName = (code: string): string => languages.find((l) => l.code === code)?.name ?? code;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (form === null || user === null || user === undefined) return;
    feedback.set({});
    save.mutate(inputFromForm(form, user.role), { onSuccess: () => setSaved(true), onError: (error) => feedback.fromApi(error) });
  }

  const errors = feedback.errors;
  const setLanguage = (index: number, patch: Partial<LanguageInput>): void =>
    update({ languages: form.languages.map((language, i) => (i === index ? { ...language, ...patch } : language)) });

  return (
    <section>
      <PageTitle>{t('profile.title')}</PageTitle>
      <VerifyEmailNotice />
      <ProfileStatus user={user} />
      <form onSubmit={submit} noValidate>
        <h2>{t('profile.aboutYou')}</h2>
        <Field id="bio" label={t('profile.bio')} hint={t('profile.bioHint')} error={errors.bio}>
          {(describedBy, invalid) => <textarea id="bio" rows={4} maxLength={1000} value={form.bio} onChange={(e) => update({ bio: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
        </Field>
        <div className="row">
          <TextField id="birthYear" type="number" inputMode="numeric" label={t('profile.birthYear')} hint={t('profile.birthYearHint')} value={form.birthYear} onChange={(birthYear) => update({ birthYear })} error={errors.birthYear} />
          <Field id="gender" label={t('profile.gender')} error={errors.gender}>
            {(describedBy, invalid) => (
              <select id="gender" value={form.gender} onChange={(e) => update({ gender: e.target.value as ProfileForm['gender'] })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                <option value="">{t('common.choose')}</option>
                {(['female', 'male', 'nonbinary', 'unspecified'] as const).map((g) => <option key={g} value={g}>{t(`profile.genders.${g}`)}</option>)}
              </select>
            )}
          </Field>
          <Field id="partnerGender" label={t('profile.partnerGender')} error={errors.partnerGender}>
            {(describedBy, invalid) => (
              <select id="partnerGender" value={form.partnerGender} onChange={(e) => update({ partnerGender: e.target.value as ProfileForm['partnerGender'] })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                <option value="">{t('common.choose')}</option>
                <option value="any">{t('profile.partnerGenders.any')}</option>
                <option value="same">{t('profile.partnerGenders.same')}</option>
              </select>
            )}
          </Field>
        </div>

        <h2>{t('profile.where')}</h2>
        <PlaceSearch value={form.place} onChange={(place) => update({ place })} error={errors.placeId} />
        <div className="row">
          <TextField id="maxDistanceKm" type="number" inputMode="numeric" min={1} max={500} label={t('profile.maxDistanceKm')} value={form.maxDistanceKm} onChange={(maxDistanceKm) => update({ maxDistanceKm })} error={errors.maxDistanceKm} />
          <div className="field choice">
            <input id="meetOnline" type="checkbox" checked={form.meetOnline} onChange={(e) => update({ meetOnline: e.target.checked })} />
            <label htmlFor="meetOnline">{t('profile.meetOnline')}</label>
          </div>
        </div>

        <h2>{t('profile.languages')}</h2>
        <fieldset aria-describedby={errors.languages === undefined ? undefined : 'languages-error'}>
          <legend>{t('profile.languagesSpoken')}</legend>
          {form.languages.map((language, index) => (
            <div className="row language-row" key={index}>
              <div className="field">
                <label htmlFor={`language-${index}`}>{t('profile.languageN', { n: index + 1 })}</label>
                <select id={`language-${index}`} value={language.code} onChange={(e) => setLanguage(index, { code: e.target.value })}>
                  <option value="">{t('common.choose')}</option>
                  {languages.map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`level-${index}`}>{t('profile.level')}</label>
                <select id={`level-${index}`} value={language.level} onChange={(e) => setLanguage(index, { level: e.target.value as LanguageInput['level'] })}>
                  {LEVELS.map((level) => <option key={level} value={level}>{t(`profile.levels.${level}`)}</option>)}
                </select>
              </div>
              <button type="button" className="secondary" onClick={() => update({ languages: form.languages.filter((_, i) => i !== index) })} aria-label={t('profile.removeLanguage', { language: languageName(language.code) })}>
                {t('common.remove')}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => update({ languages: [...form.languages, { code: '', level: 'conversational' }] })}>
            {t('profile.addLanguage')}
          </button>
          {errors.languages === undefined ? null : <p className="field-error" id="languages-error">{errors.languages}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('profile.learning')}</legend>
          {form.learning.length === 0 ? null : (
            <ul className="chips">
              {form.learning.map((code) => (
                <li key={code}>
                  {languageName(code)}{' '}
                  <button type="button" className="link" onClick={() => update({ learning: form.learning.filter((c) => c !== code) })} aria-label={t('profile.removeLearning', { language: languageName(code) })}>×</button>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <div className="field">
              <label htmlFor="learning-add">{t('profile.learningAdd')}</label>
              <select id="learning-add" value={learningDraft} onChange={(e) => setLearningDraft(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {languages.filter((l) => !form.learning.includes(l.code)).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
              </select>
            </div>
            <button type="button" className="secondary" disabled={learningDraft === ''} onClick={() => { update({ learning: [...form.learning, learningDraft] }); setLearningDraft(''); }}>
              {t('common.add')}
            </button>
          </div>
          {errors.learning === undefined ? null : <p className="field-error">{errors.learning}</p>}
        </fieldset>

        <h2>{t('profile.interests')}</h2>
        <fieldset className="interests">
          <legend>{t('profile.interestsLegend')}</legend>
          <div className="checkbox-grid">
            {interests.map((interest) => (
              <div className="choice" key={interest.code}>
                <input
                  id={`interest-${interest.code}`}
                  type="checkbox"
                  checked={form.interests.includes(interest.code)}
                  onChange={(e) => update({ interests: e.target.checked ? [...form.interests, interest.code] : form.interests.filter((c) => c !== interest.code) })}
                />
                <label htmlFor={`interest-${interest.code}`}>{interestLabel(t, interest.code, interest.label)}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <h2>{t('profile.when')}</h2>
        <AvailabilityEditor value={form.availability} onChange={(availability) => update({ availability })} error={errors.availability} />
        <Field id="timezone" label={t('profile.timezone')} hint={t('profile.timezoneHint')} error={errors.timezone}>
          {(describedBy, invalid) => (
            <select id="timezone" value={form.timezone} onChange={(e) => update({ timezone: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              {form.timezone === '' ? <option value="">{t('common.choose')}</option> : null}
              {(form.timezone === '' || zones.includes(form.timezone) ? zones : [form.timezone, ...zones]).map((zone) => <option key={zone} value={zone}>{zone}</option>)}
            </select>
          )}
        </Field>
        {user.role === 'host' ? (
          <TextField id="capacity" type="number" inputMode="numeric" min={1} max={5} label={t('profile.capacity')} hint={t('profile.capacityHint')} value={form.capacity} onChange={(capacity) => update({ capacity })} error={errors.capacity} />
        ) : null}

        <Notice kind="error">{feedback.formError ?? (Object.keys(errors).length > 0 ? t('profile.fixErrors') : undefined)}</Notice>
        <Notice kind="success">{saved ? t('profile.saved') : undefined}</Notice>
        <button type="submit" disabled={save.isPending}>{t('profile.save')}</button>
      </form>
      {user.profile?.place === null || user.profile?.place === undefined ? null : (
        <section aria-labelledby="programmes-near">
          <h2 id="programmes-near">{t('programmes.near')}</h2>
          <p>{t('programmes.nearIntro')}</p>
          <ProgrammeChooser placeId={user.profile.place.id} />
        </section>
      )}
    </section>
  );
}
