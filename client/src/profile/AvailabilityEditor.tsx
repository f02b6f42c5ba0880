import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addWindow, copyDay, removeWindow, weeklyHours, type AvailabilityProblem, type AvailabilityWindow } from './availability';
import { Button } from '../components/Button';
import { SelectField, TextField } from '../components/Field';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Weekday name in the interface language (ISO 1 = Monday). From the locale files rather than
 * Intl.DateTimeFormat: the first date format a page makes loads the language's calendar data,
 * which on a phone holds up the page the week is drawn on.
 */
export function dayName(t: TFunction, day: number): string {
  return t(`availability.weekdays.${day}`);
}

interface Props {
  value: readonly AvailabilityWindow[];
  onChange: (windows: AvailabilityWindow[]) => void;
  error?: string;
}

/** Add, remove and copy weekly time windows; every control is labelled and keyboard-usable. */
export function AvailabilityEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ day: 1, start: '18:00', end: '20:00' });
  const [problem, setProblem] = useState<AvailabilityProblem>();

  function add() {
    const result = addWindow(value, draft);
    if (!result.ok) return setProblem(result.problem);
    setProblem(undefined);
    onChange(result.windows);
  }

  const message = problem === undefined ? error : t(`availability.problems.${problem}`);
  return (
    <fieldset className="availability" aria-describedby={message === undefined ? 'availability-summary' : 'availability-summary availability-error'}>
      <legend>{t('availability.legend')}</legend>
      <p className="hint" id="availability-summary">
        {value.length === 0 ? t('availability.empty') : t('availability.summary', { hours: weeklyHours(value) })}
      </p>
      {value.length === 0 ? null : (
        <ul className="window-list">
          {value.map((window, index) => (
            <li key={`${window.day}-${window.start}`}>
              <span>
                {dayName(t, window.day)} {window.start}–{window.end}
              </span>
              <Button variant="secondary" onClick={() => onChange(removeWindow(value, index))} aria-label={t('availability.removeLabel', { day: dayName(t, window.day), start: window.start, end: window.end })}>
                {t('availability.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <SelectField id="availability-day" label={t('availability.day')} value={String(draft.day)} onChange={(day) => setDraft({ ...draft, day: Number(day) })}>
          {DAYS.map((day) => (
            <option key={day} value={day}>
              {dayName(t, day)}
            </option>
          ))}
        </SelectField>
        <TextField id="availability-start" label={t('availability.start')} type="time" value={draft.start} onChange={(start) => setDraft({ ...draft, start })} />
        <TextField id="availability-end" label={t('availability.end')} type="time" value={draft.end === '24:00' ? '23:59' : draft.end} onChange={(end) => setDraft({ ...draft, end: end === '23:59' ? '24:00' : end })} />
      </div>
      <div className="actions">
        <Button onClick={add}>
          {t('availability.add')}
        </Button>
        <Button variant="secondary" disabled={!value.some((w) => w.day === draft.day)} onClick={() => onChange(copyDay(value, draft.day, DAYS.filter((day) => day <= 5)))}>
          {t('availability.copyToWeekdays', { day: dayName(t, draft.day) })}
        </Button>
      </div>
      {message === undefined ? null : (
        <p className="field-error" id="availability-error" role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}
