import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { CheckboxField, Field, Notice, SelectField, TextField } from '../components/Field';
import type { Programme } from '../data/programme-api';
import { useLanguages } from '../data/reference';
import { useCreateProgramme, useOrganisations, useUpdateProgramme } from '../data/staff-programmes';
import { describeError, describeFieldMessage } from '../i18n/describe-error';
import { PlaceSearch } from '../profile/PlaceSearch';
import {
  changesFromDraft, draftFromProgramme, emptyDraft, GENDERS, inputFromDraft, LIMITS, MEETINGS, serverProblems, STATUSES, validateDraft,
  type ProgrammeDraft, type ProgrammeField, type SideDraft,
} from './programme-form';
import { Button } from '../components/Button';

type FieldErrors = Partial<Record<ProgrammeField, string>>;

interface Props {
  /** The programme to edit; without it the form creates one. */
  programme?: Programme;
  admin: boolean;
  onSaved: (programme: Programme) => void;
  onCancel: () => void;
}

/** A programme's name, region and rules, checked here as the server checks them; the server's refusals land by their fields. */
export function ProgrammeForm({ programme, admin, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ProgrammeDraft>(() => (programme === undefined ? emptyDraft() : draftFromProgramme(programme)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [languageDraft, setLanguageDraft] = useState('');
  const languages = useLanguages(i18n.language).data ?? [];
  const organisations = useOrganisations({ enabled: admin && programme === undefined });
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const saving = create.isPending || update.isPending;
  const languageName = (code: string): string => languages.find((l) => l.code === code)?.name ?? code;
  const change = (patch: Partial<ProgrammeDraft>): void => setDraft({ ...draft, ...patch });

  function refused(error: unknown) {
    if (!(error instanceof ApiError)) return setFormError(describeError(error, t));
    const { byField, other } = serverProblems(error);
    const next: FieldErrors = {};
    for (const [field, messages] of Object.entries(byField) as Array<[ProgrammeField, string[]]>) {
      next[field] = [...new Set(messages.map((message) => describeFieldMessage(error, message, t)))].join(' ');
    }
    setErrors(next);
    setFormError(other.length > 0 || Object.keys(next).length === 0 ? describeError(new ApiError(error.status, other, error.code, error.params), t) : t('staff.programmes.fixErrors'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateDraft(draft);
    const next: FieldErrors = {};
    for (const [field, problem] of Object.entries(problems) as Array<[ProgrammeField, { key: string; limit?: number }]>) next[field] = t(problem.key, { limit: problem.limit });
    setErrors(next);
    setFormError(Object.keys(next).length > 0 ? t('staff.programmes.fixErrors') : undefined);
    if (Object.keys(next).length > 0) return;
    if (programme === undefined) create.mutate(inputFromDraft(draft), { onSuccess: (saved) => onSaved(saved), onError: refused });
    else update.mutate({ id: programme.id, body: changesFromDraft(draft) }, { onSuccess: (saved) => onSaved(saved), onError: refused });
  }

  const side = (name: 'migrant' | 'host') => (
    <SideFields prefix={name} value={draft[name]} onChange={(value) => change({ [name]: value })} errors={errors} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={programme === undefined ? t('staff.programmes.new') : t('staff.programmes.editTitle', { name: programme.name })}>
      <TextField id="name" label={t('staff.programmes.name')} value={draft.name} maxLength={LIMITS.name} onChange={(name) => change({ name })} error={errors.name} required />
      <Field id="description" label={t('staff.programmes.description')} hint={t('staff.programmes.descriptionHint')} error={errors.description}>
        {(describedBy, invalid) => (
          <textarea id="description" rows={4} maxLength={LIMITS.description} value={draft.description} onChange={(e) => change({ description: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      {admin && programme === undefined ? (
        <Field id="organisationId" label={t('staff.programmes.organisation')} error={errors.organisationId}>
          {(describedBy, invalid) => (
            <select id="organisationId" value={draft.organisationId} onChange={(e) => change({ organisationId: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">{t('common.choose')}</option>
              {(organisations.data ?? []).map((o) => <option key={o.id} value={o.id}>{o.name} ({o.countryCode})</option>)}
            </select>
          )}
        </Field>
      ) : null}

      <h3>{t('staff.programmes.region')}</h3>
      <TextField id="countryCodes" label={t('staff.programmes.countryCodes')} hint={t('staff.programmes.countryCodesHint')} value={draft.countryCodes} onChange={(countryCodes) => change({ countryCodes })} error={errors.countryCodes} autoCapitalize="characters" required />
      <PlaceSearch value={draft.place} onChange={(place) => change({ place })} error={errors.placeId} label={t('staff.programmes.place')} hint={t('staff.programmes.placeHint')} />
      {draft.place === null ? null : <Button variant="secondary" onClick={() => change({ place: null, radiusKm: '' })}>{t('staff.programmes.clearPlace')}</Button>}
      <TextField id="radiusKm" type="number" inputMode="numeric" min={LIMITS.radiusKm[0]} max={LIMITS.radiusKm[1]} label={t('staff.programmes.radiusKm')} value={draft.radiusKm} onChange={(radiusKm) => change({ radiusKm })} error={errors.radiusKm} />

      <h3>{t('staff.programmes.rules')}</h3>
      <p className="hint">{t('staff.programmes.rulesHint')}</p>
      {side('migrant')}
      {side('host')}
      <CheckboxField id="sameGender" label={t('staff.programmes.sameGender')} checked={draft.sameGender} onChange={(sameGender) => change({ sameGender })} />
      <fieldset aria-describedby={errors.languages === undefined ? 'languages-hint' : 'languages-hint languages-error'}>
        <legend>{t('staff.programmes.languages')}</legend>
        <p className="hint" id="languages-hint">{t('staff.programmes.languagesHint')}</p>
        {draft.languages.length === 0 ? null : (
          <ul className="chips">
            {draft.languages.map((code) => (
              <li key={code}>
                {languageName(code)}{' '}
                <Button variant="link" onClick={() => change({ languages: draft.languages.filter((c) => c !== code) })} aria-label={t('staff.programmes.removeLanguage', { language: languageName(code) })}>×</Button>
              </li>
            ))}
          </ul>
        )}
        <div className="row">
          <SelectField id="languages" label={t('staff.programmes.addLanguageLabel')} value={languageDraft} onChange={setLanguageDraft}>
            <option value="">{t('common.choose')}</option>
            {languages.filter((l) => !draft.languages.includes(l.code)).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
          </SelectField>
          <Button variant="secondary" disabled={languageDraft === ''} onClick={() => { change({ languages: [...draft.languages, languageDraft] }); setLanguageDraft(''); }}>
            {t('common.add')}
          </Button>
        </div>
        {errors.languages === undefined ? null : <p className="field-error" id="languages-error">{errors.languages}</p>}
      </fieldset>
      <div className="row">
        <Field id="meeting" label={t('staff.programmes.meeting')} error={errors.meeting}>
          {(describedBy, invalid) => (
            <select id="meeting" value={draft.meeting} onChange={(e) => change({ meeting: e.target.value as ProgrammeDraft['meeting'] })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">{t('staff.programmes.noRule')}</option>
              {MEETINGS.map((m) => <option key={m} value={m}>{t(`programmes.rules.meeting.${m}`)}</option>)}
            </select>
          )}
        </Field>
        <TextField id="matchWeeks" type="number" inputMode="numeric" min={LIMITS.matchWeeks[0]} max={LIMITS.matchWeeks[1]} label={t('staff.programmes.matchWeeks')} hint={t('staff.programmes.matchWeeksHint')} value={draft.matchWeeks} onChange={(matchWeeks) => change({ matchWeeks })} error={errors.matchWeeks} />
        <TextField id="checkInWeeks" type="number" inputMode="numeric" min={LIMITS.checkInWeeks[0]} max={LIMITS.checkInWeeks[1]} label={t('staff.programmes.checkInWeeks')} hint={t('staff.programmes.checkInWeeksHint')} value={draft.checkInWeeks} onChange={(checkInWeeks) => change({ checkInWeeks })} error={errors.checkInWeeks} />
      </div>
      <Field id="status" label={t('staff.programmes.status')} hint={t('staff.programmes.statusHint')} error={errors.status}>
        {(describedBy, invalid) => (
          <select id="status" value={draft.status} onChange={(e) => change({ status: e.target.value as ProgrammeDraft['status'] })} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`staff.programmes.statuses.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Notice kind="error">{formError}</Notice>
      <div className="actions">
        <Button type="submit" disabled={saving}>{programme === undefined ? t('staff.programmes.create') : t('staff.programmes.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function SideFields({ prefix, value, onChange, errors }: { prefix: 'migrant' | 'host'; value: SideDraft; onChange: (value: SideDraft) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const gendersError = errors[`${prefix}Genders`];
  return (
    <fieldset>
      <legend>{t(`staff.programmes.sides.${prefix}`)}</legend>
      <fieldset className="checkbox-grid" aria-describedby={gendersError === undefined ? `${prefix}Genders-hint` : `${prefix}Genders-hint ${prefix}Genders-error`}>
        <legend>{t('staff.programmes.genders')}</legend>
        <p className="hint" id={`${prefix}Genders-hint`}>{t('staff.programmes.gendersHint')}</p>
        {GENDERS.map((gender) => (
          <div className="choice" key={gender}>
            <input
              type="checkbox"
              id={`${prefix}Genders-${gender}`}
              checked={value.genders.includes(gender)}
              onChange={(e) => onChange({ ...value, genders: e.target.checked ? [...value.genders, gender] : value.genders.filter((g) => g !== gender) })}
            />
            <label htmlFor={`${prefix}Genders-${gender}`}>{t(`profile.genders.${gender}`)}</label>
          </div>
        ))}
        {gendersError === undefined ? null : <p className="field-error" id={`${prefix}Genders-error`}>{gendersError}</p>}
      </fieldset>
      <div className="row">
        <TextField id={`${prefix}MinAge`} type="number" inputMode="numeric" min={LIMITS.age[0]} max={LIMITS.age[1]} label={t('staff.programmes.minAge')} value={value.minAge} onChange={(minAge) => onChange({ ...value, minAge })} error={errors[`${prefix}MinAge`]} />
        <TextField id={`${prefix}MaxAge`} type="number" inputMode="numeric" min={LIMITS.age[0]} max={LIMITS.age[1]} label={t('staff.programmes.maxAge')} value={value.maxAge} onChange={(maxAge) => onChange({ ...value, maxAge })} error={errors[`${prefix}MaxAge`]} />
      </div>
    </fieldset>
  );
}
