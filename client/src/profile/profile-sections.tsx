import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageInput } from '../api/client';
import { Field, SelectField } from '../components/Field';
import { useInterests, useLanguages } from '../data/reference';
import { interestLabel } from '../i18n/translate-api';
import { Button } from '../components/Button';

/** Parts of the profile form shared by the full profile page and the step-by-step profile. */

const LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;

interface LanguageChoice {
  code: string;
  name: string;
}

const NO_LANGUAGES: LanguageChoice[] = [];

/**
 * The languages in the interface language; without the list the form still works and codes are
 * shown as they are. `listed` is the same list for the choosers, drawn after the rest of the form:
 * each chooser names every language, a profile has three or more, and on a phone drawing them all
 * at once would hold the page back.
 */
function useLanguageChoices(): { languages: LanguageChoice[]; listed: LanguageChoice[]; nameOf: (code: string) => string } {
  const { i18n } = useTranslation();
  const languages = useLanguages(i18n.language).data ?? NO_LANGUAGES;
  const listed = useDeferredValue(languages, NO_LANGUAGES);
  return { languages, listed, nameOf: (code) => languages.find((l) => l.code === code)?.name ?? code };
}

/** A chooser's options: every language once drawn, the chosen one until then. */
function optionsFor(listed: LanguageChoice[], languages: LanguageChoice[], chosen: string): LanguageChoice[] {
  return listed.length > 0 ? listed : languages.filter((language) => language.code === chosen);
}

interface ListProps<T> {
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
}

export function LanguagesSpoken({ value, onChange, error }: ListProps<LanguageInput>) {
  const { t } = useTranslation();
  const { languages, listed, nameOf } = useLanguageChoices();
  const setLanguage = (index: number, patch: Partial<LanguageInput>): void => onChange(value.map((language, i) => (i === index ? { ...language, ...patch } : language)));
  return (
    <fieldset aria-describedby={error === undefined ? undefined : 'languages-error'}>
      <legend>{t('profile.languagesSpoken')}</legend>
      {value.map((language, index) => (
        <div className="row language-row" key={index}>
          <SelectField id={`language-${index}`} label={t('profile.languageN', { n: index + 1 })} value={language.code} onChange={(code) => setLanguage(index, { code })}>
            <option value="">{t('common.choose')}</option>
            {optionsFor(listed, languages, language.code).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
          </SelectField>
          <SelectField id={`level-${index}`} label={t('profile.level')} value={language.level} onChange={(level) => setLanguage(index, { level: level as LanguageInput['level'] })}>
            {LEVELS.map((level) => <option key={level} value={level}>{t(`profile.levels.${level}`)}</option>)}
          </SelectField>
          <Button variant="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t('profile.removeLanguage', { language: nameOf(language.code) })}>
            {t('common.remove')}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...value, { code: '', level: 'conversational' }])}>
        {t('profile.addLanguage')}
      </Button>
      {error === undefined ? null : <p className="field-error" id="languages-error">{error}</p>}
    </fieldset>
  );
}

export function LanguagesToPractise({ value, onChange, error }: ListProps<string>) {
  const { t } = useTranslation();
  const { languages, listed, nameOf } = useLanguageChoices();
  const [draft, setDraft] = useState('');
  return (
    <fieldset>
      <legend>{t('profile.learning')}</legend>
      {value.length === 0 ? null : (
        <ul className="chips">
          {value.map((code) => (
            <li key={code}>
              {nameOf(code)}{' '}
              <Button variant="link" onClick={() => onChange(value.filter((c) => c !== code))} aria-label={t('profile.removeLearning', { language: nameOf(code) })}>×</Button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <SelectField id="learning-add" label={t('profile.learningAdd')} value={draft} onChange={setDraft}>
          <option value="">{t('common.choose')}</option>
          {optionsFor(listed, languages, draft).filter((l) => !value.includes(l.code)).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
        </SelectField>
        <Button variant="secondary" disabled={draft === ''} onClick={() => { onChange([...value, draft]); setDraft(''); }}>
          {t('common.add')}
        </Button>
      </div>
      {error === undefined ? null : <p className="field-error">{error}</p>}
    </fieldset>
  );
}

export function InterestChoices({ value, onChange }: ListProps<string>) {
  const { t } = useTranslation();
  const interests = useInterests().data ?? [];
  return (
    <fieldset className="interests">
      <legend>{t('profile.interestsLegend')}</legend>
      <div className="checkbox-grid">
        {interests.map((interest) => (
          <div className="choice" key={interest.code}>
            <input
              id={`interest-${interest.code}`}
              type="checkbox"
              checked={value.includes(interest.code)}
              onChange={(e) => onChange(e.target.checked ? [...value, interest.code] : value.filter((c) => c !== interest.code))}
            />
            <label htmlFor={`interest-${interest.code}`}>{interestLabel(t, interest.code, interest.label)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const NO_ZONES: string[] = [];

function timezones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function TimezoneField({ value, onChange, error }: { value: string; onChange: (zone: string) => void; error?: string }) {
  const { t } = useTranslation();
  const allZones = useMemo(timezones, []);
  // Some 400 zones: listed after the rest of the form is drawn, as the languages are.
  const zones = useDeferredValue(allZones, NO_ZONES);
  return (
    <Field id="timezone" label={t('profile.timezone')} hint={t('profile.timezoneHint')} error={error}>
      {(describedBy, invalid) => (
        <select id="timezone" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
          {value === '' ? <option value="">{t('common.choose')}</option> : null}
          {(value === '' || zones.includes(value) ? zones : [value, ...zones]).map((zone) => <option key={zone} value={zone}>{zone}</option>)}
        </select>
      )}
    </Field>
  );
}

type Gender = '' | 'female' | 'male' | 'nonbinary' | 'unspecified';
type PartnerGender = '' | 'any' | 'same';
const GENDERS = ['female', 'male', 'nonbinary', 'unspecified'] as const;

function isGender(value: string): value is Gender {
  return value === '' || (GENDERS as readonly string[]).includes(value);
}

function isPartnerGender(value: string): value is PartnerGender {
  return value === '' || value === 'any' || value === 'same';
}

export function GenderField({ value, onChange, error }: { value: Gender; onChange: (gender: Gender) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field id="gender" label={t('profile.gender')} error={error}>
      {(describedBy, invalid) => (
        <select id="gender" value={value} onChange={(e) => { if (isGender(e.target.value)) onChange(e.target.value); }} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
          <option value="">{t('common.choose')}</option>
          {GENDERS.map((g) => <option key={g} value={g}>{t(`profile.genders.${g}`)}</option>)}
        </select>
      )}
    </Field>
  );
}

export function PartnerGenderField({ value, onChange, error }: { value: PartnerGender; onChange: (partnerGender: PartnerGender) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field id="partnerGender" label={t('profile.partnerGender')} error={error}>
      {(describedBy, invalid) => (
        <select id="partnerGender" value={value} onChange={(e) => { if (isPartnerGender(e.target.value)) onChange(e.target.value); }} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
          <option value="">{t('common.choose')}</option>
          <option value="any">{t('profile.partnerGenders.any')}</option>
          <option value="same">{t('profile.partnerGenders.same')}</option>
        </select>
      )}
    </Field>
  );
}
