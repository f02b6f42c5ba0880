import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
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
            <div className="field">
              <label htmlFor="meetup-when">{t('meetups.otherTime', { timeZone })}</label>
              <input id="meetup-when" type="datetime-local" value={form.when} onChange={(event) => setForm({ ...form, when: event.target.value, slot: '' })} />
            </div>
          </fieldset>
          <div className="row">
            <div className="field">
              <label htmlFor="meetup-duration">{t('meetups.durationLabel')}</label>
              <select id="meetup-duration" value={form.durationMinutes} onChange={(event) => setForm({ ...form, durationMinutes: event.target.value })}>
                {[30, 60, 90, 120, 180].map((minutes) => <option key={minutes} value={minutes}>{t('meetups.duration', { minutes })}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="meetup-place">{t('meetups.place')}</label>
              <input id="meetup-place" value={form.place} onChange={(event) => setForm({ ...form, place: event.target.value })} />
            </div>
            <div className="field choice">
              <input id="meetup-online" type="checkbox" checked={form.online} onChange={(event) => setForm({ ...form, online: event.target.checked })} />
              <label htmlFor="meetup-online">{t('meetups.onlineLabel')}</label>
            </div>
          </div>
          <div className="field">
            <label htmlFor="meetup-note">{t('meetups.note')}</label>
            <input id="meetup-note" value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />
          </div>
          <Notice kind="error">{error}</Notice>
          <Notice kind="success">{done}</Notice>
          <Button type="submit" disabled={proposal.isPending}>{t('meetups.submit')}</Button>
        </form>
      ) : null}
    </section>
  );
}
