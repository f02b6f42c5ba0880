import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Field, Notice, TextField } from '../components/Field';
import { VerifyEmailNotice } from '../account/VerifyEmailNotice';
import { PageTitle } from '../components/PageTitle';
import { useFormErrors } from '../components/use-form-errors';
import { useSaveProfile } from '../data/session';
import { ProgrammeChooser } from '../programmes/ProgrammeChooser';
import { useSession } from '../session/session';
import { AvailabilityEditor } from './AvailabilityEditor';
import { PlaceSearch } from './PlaceSearch';
import { formFromUser, inputFromForm, PROFILE_FIELDS, type ProfileForm } from './profile-form';
import { GenderField, InterestChoices, LanguagesSpoken, LanguagesToPractise, PartnerGenderField, TimezoneField } from './profile-sections';
import { ProfileStatus } from './ProfileStatus';
import { Button } from '../components/Button';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [form, setForm] = useState<ProfileForm | null>(user === null || user === undefined ? null : formFromUser(user));
  const save = useSaveProfile();
  const [saved, setSaved] = useState(false);
  const feedback = useFormErrors(PROFILE_FIELDS);

  useEffect(() => {
    if (form === null && user !== null && user !== undefined) setForm(formFromUser(user));
  }, [user, form]);

  if (user === null || user === undefined || form === null) return <p role="status">{t('common.loading')}</p>;
  const update = (patch: Partial<ProfileForm>): void => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (form === null || user === null || user === undefined) return;
    feedback.set({});
    save.mutate(inputFromForm(form, user.role), { onSuccess: () => setSaved(true), onError: (error) => feedback.fromApi(error) });
  }

  const errors = feedback.errors;

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
          <GenderField value={form.gender} onChange={(gender) => update({ gender })} error={errors.gender} />
          <PartnerGenderField value={form.partnerGender} onChange={(partnerGender) => update({ partnerGender })} error={errors.partnerGender} />
        </div>

        <h2>{t('profile.where')}</h2>
        <PlaceSearch value={form.place} onChange={(place) => update({ place })} error={errors.placeId} />
        <div className="row">
          <TextField id="maxDistanceKm" type="number" inputMode="numeric" min={1} max={500} label={t('profile.maxDistanceKm')} value={form.maxDistanceKm} onChange={(maxDistanceKm) => update({ maxDistanceKm })} error={errors.maxDistanceKm} />
          <CheckboxField id="meetOnline" label={t('profile.meetOnline')} checked={form.meetOnline} onChange={(meetOnline) => update({ meetOnline })} />
        </div>

        <h2>{t('profile.languages')}</h2>
        <LanguagesSpoken value={form.languages} onChange={(languages) => update({ languages })} error={errors.languages} />
        <LanguagesToPractise value={form.learning} onChange={(learning) => update({ learning })} error={errors.learning} />

        <h2>{t('profile.interests')}</h2>
        <InterestChoices value={form.interests} onChange={(interests) => update({ interests })} />

        <h2>{t('profile.when')}</h2>
        <AvailabilityEditor value={form.availability} onChange={(availability) => update({ availability })} error={errors.availability} />
        <TimezoneField value={form.timezone} onChange={(timezone) => update({ timezone })} error={errors.timezone} />
        {user.role === 'host' ? (
          <TextField id="capacity" type="number" inputMode="numeric" min={1} max={5} label={t('profile.capacity')} hint={t('profile.capacityHint')} value={form.capacity} onChange={(capacity) => update({ capacity })} error={errors.capacity} />
        ) : null}

        <Notice kind="error">{feedback.formError ?? (Object.keys(errors).length > 0 ? t('profile.fixErrors') : undefined)}</Notice>
        <Notice kind="success">{saved ? t('profile.saved') : undefined}</Notice>
        <Button type="submit" disabled={save.isPending}>{t('profile.save')}</Button>
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
