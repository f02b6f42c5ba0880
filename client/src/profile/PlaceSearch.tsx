import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PLACE_QUERY, usePlaces } from '../data/reference';

export interface ChosenPlace {
  id: string;
  name: string;
  countryCode: string;
}

interface Props {
  value: ChosenPlace | null;
  onChange: (place: ChosenPlace) => void;
  error?: string;
  /** Defaults to the profile's "Place where you live" and its hint. */
  label?: string;
  hint?: string;
}

const DEBOUNCE_MS = 200;

/** The text as it stood once typing paused. */
function useSettled(text: string, delayMs: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}

/** An ARIA combobox: suggestions from GET /api/places as you type, chosen with mouse or arrow keys + Enter. */
export function PlaceSearch({ value, onChange, error, label, hint }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value === null ? '' : `${value.name} (${value.countryCode})`);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useSettled(text.replace(/\s*\([A-Z]{2}\)$/, '').trim(), DEBOUNCE_MS);
  const places = usePlaces(open ? query : '');
  const options: ChosenPlace[] = open && query.length >= MIN_PLACE_QUERY ? (places.data ?? []) : [];

  useEffect(() => {
    if (value !== null) setText(`${value.name} (${value.countryCode})`);
  }, [value]);

  function choose(place: ChosenPlace) {
    onChange({ id: place.id, name: place.name, countryCode: place.countryCode });
    setText(`${place.name} (${place.countryCode})`);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const place = options[active];
      if (place !== undefined) choose(place);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && options.length > 0;
  const describedBy = ['placeId-hint', error === undefined ? undefined : 'placeId-error'].filter(Boolean).join(' ');
  return (
    <div className="field combobox">
      <label htmlFor="placeId">{label ?? t('profile.place')}</label>
      <p className="hint" id="placeId-hint">
        {hint ?? t('profile.placeHint')}
      </p>
      <input
        id="placeId"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={error === undefined ? undefined : true}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={t('profile.placeSuggestions')} hidden={!expanded}>
        {options.map((place, index) => (
          <li
            key={place.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(place);
            }}
          >
            {place.name} ({place.countryCode})
          </li>
        ))}
      </ul>
      {error === undefined ? null : (
        <p className="field-error" id="placeId-error">
          {error}
        </p>
      )}
    </div>
  );
}
