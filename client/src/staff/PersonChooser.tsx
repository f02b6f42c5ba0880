import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../api/client';
import { usePeopleSearch } from '../data/people';
import { useDebounced } from './people-search';
import { SEARCH_DELAY_MS } from './PeoplePanel';

const CHOICES = 8;

/** Choosing a person by typing part of their name or address (an ARIA 1.2 combobox backed by the people search). */
export function PersonChooser({ label, onChoose }: { label: string; onChoose: (person: PersonRow) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const people = usePeopleSearch({ q, limit: CHOICES, sort: 'name' }, q !== '');
  const choices = q === '' ? [] : (people.data?.items ?? []);
  const expanded = open && choices.length > 0;

  function choose(person: PersonRow) {
    setOpen(false);
    setText('');
    onChoose(person);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && choices.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % choices.length);
    } else if (event.key === 'ArrowUp' && choices.length > 0) {
      event.preventDefault();
      setActive((active - 1 + choices.length) % choices.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(choices[Math.min(active, choices.length - 1)]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => { setText(event.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="hint">{t('staff.people.searchHint')}</p>
      <ul id={`${id}-list`} role="listbox" aria-label={label} hidden={!expanded}>
        {choices.map((person, index) => (
          <li
            key={person.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(person)}
          >
            <span dir="auto">{person.displayName}</span> <span className="meta">{person.email}</span>
          </li>
        ))}
      </ul>
      {q !== '' && people.data !== undefined && people.data.items.length === 0 ? <p role="status">{t('staff.people.found', { count: 0 })}</p> : null}
    </div>
  );
}
