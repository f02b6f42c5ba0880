import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Notice, SelectField, TextField } from '../components/Field';
import { useMeetups, useMeetupSlots, useProposeMeetup } from '../data/meetups';
import { describeFirstError } from '../i18n/describe-error';
import { MeetupCard } from './MeetupCard';
import { formatDateTime, useViewerTimezone, zonedLocalToUtc } from './time';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { CardList } from '../components/Card';

const SLOTS_SHOWN = 8;

/** A match's meetups, and a form to propose one from suggested slots or a chosen time. */
export function MeetupPlanner({ matchId, active }: { matchId: string; active: boolean }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const { data: meetups = [], error: meetupsError } = useMeetups(matchId);
  // Slots only help while meetups can be proposed; when they cannot be read, the person picks a time.
  const slots = (useMeetupSlots(matchId, { enabled: active }).data ?? []).slice(0, SLOTS_SHOWN);
  const proposal = useProposeMeetup();
  const [form, setForm] = useState({ slot: '', when: '', durationMinutes: '60', place: '', online: false, note: '' });
  const [noTime, setNoTime] = useState(false);
  const [done, setDone] = useState<string>();
  const error = noTime ? t('meetups.chooseTime') : describeFirstError(t, proposal.error, meetupsError);

  function propose(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const startsAt = form.slot !== '' ? form.slot : form.when === '' ? undefined : zonedLocalToUtc(form.when, timeZone);
    setNoTime(startsAt === undefined);
    if (startsAt === undefined) return;
    const body = {
      startsAt,
      durationMinutes: Number(form.durationMinutes),
      online: form.online,
      ...(form.place.trim() === '' ? {} : { place: form.place.trim() }),
      ...(form.note.trim() === '' ? {} : { note: form.note.trim() }),
    };
    proposal.mutate({ matchId, body }, {
      onSuccess: () => {
        setDone(t('meetups.proposed'));
        setForm({ ...form, slot: '', when: '', note: '' });
      },
    });
  }

  return (
    <section aria-labelledby="meetups-title">
      <h2 id="meetups-title">{t('meetups.title')}</h2>
      {meetups.length === 0 ? <EmptyState>{t('meetups.none')}</EmptyState> : (
        <CardList>{meetups.map((meetup) => <MeetupCard key={meetup.id} meetup={meetup} />)}</CardList>
      )}
      {active ? (
        <form onSubmit={propose}>
          <h3>{t('meetups.propose')}</h3>
          <fieldset>
            <legend>{t('meetups.slots', { timeZone })}</legend>
            {slots.length === 0 ? <p className="hint">{t('meetups.noSlots')}</p> : null}
            {slots.map((slot, index) => (
              <div className="choice" key={slot.startsAt}>
                <input type="radio" id={`slot-${index}`} name="slot" checked={form.slot === slot.startsAt} onChange={() => setForm({ ...form, slot: slot.startsAt, when: '' })} />
                <label htmlFor={`slot-${index}`}>{formatDateTime(slot.startsAt, i18n.language, timeZone)}</label>
              </div>
            ))}
            <TextField id="meetup-when" label={t('meetups.otherTime', { timeZone })} type="datetime-local" value={form.when} onChange={(when) => setForm({ ...form, when, slot: '' })} />
          </fieldset>
          <div className="row">
            <SelectField id="meetup-duration" label={t('meetups.durationLabel')} value={form.durationMinutes} onChange={(durationMinutes) => setForm({ ...form, durationMinutes })}>
              {[30, 60, 90, 120, 180].map((minutes) => <option key={minutes} value={minutes}>{t('meetups.duration', { minutes })}</option>)}
            </SelectField>
            <TextField id="meetup-place" label={t('meetups.place')} value={form.place} onChange={(place) => setForm({ ...form, place })} />
            <CheckboxField id="meetup-online" label={t('meetups.onlineLabel')} checked={form.online} onChange={(online) => setForm({ ...form, online })} />
          </div>
          <TextField id="meetup-note" label={t('meetups.note')} value={form.note} onChange={(note) => setForm({ ...form, note })} />
          <Notice kind="error">{error}</Notice>
          <Notice kind="success">{done}</Notice>
          <Button type="submit" disabled={proposal.isPending}>{t('meetups.submit')}</Button>
        </form>
      ) : null}
    </section>
  );
}
