import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, tokenStore } from '../api/client';
import { call } from '../api/errors';
import type { Meetup } from '../api/client';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice } from '../components/Field';
import { describeError } from '../i18n/describe-error';
import { href } from '../router';
import { useSession } from '../session/session';
import { formatDateTime, useViewerTimezone, utcToZonedLocal, zonedLocalToUtc } from './time';

/** Downloads the meetup's ICS (it needs the bearer token, so a plain link would not do). */
async function downloadIcs(meetup: Meetup): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(`/api/meetups/${meetup.id}/ics`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `meetup-${meetup.startsAt.slice(0, 10)}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MeetupCard({ meetup, onChanged, showMatchLink = false }: { meetup: Meetup; onChanged: () => void; showMatchLink?: boolean }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const timeZone = useViewerTimezone();
  const [error, setError] = useState<string>();
  const [rescheduling, setRescheduling] = useState(false);
  const [when, setWhen] = useState(() => utcToZonedLocal(meetup.startsAt, timeZone));
  const path = { params: { path: { id: meetup.id } } };
  const mine = meetup.proposedBy === user?.id;
  const ended = new Date(meetup.endsAt).getTime() < Date.now();
  const open = meetup.status === 'proposed' || meetup.status === 'confirmed';

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(describeError(e, t));
    }
  }

  function reschedule(event: FormEvent) {
    event.preventDefault();
    void act(async () => {
      await call(api.PATCH('/api/meetups/{id}', { ...path, body: { startsAt: zonedLocalToUtc(when, timeZone) } }));
      setRescheduling(false);
    });
  }

  return (
    <li className="card meetup">
      <h3>{formatDateTime(meetup.startsAt, i18n.language, timeZone)}</h3>
      <p>
        {t(`meetups.status.${meetup.status}`)} · {t('meetups.duration', { minutes: meetup.durationMinutes })}
        {meetup.online ? ` · ${t('meetups.online')}` : meetup.place === null ? null : ` · ${meetup.place}`}
      </p>
      {meetup.note === null || meetup.note === '' ? null : <p>{meetup.note}</p>}
      <p className="meta">{mine ? t('meetups.proposedByYou') : t('meetups.proposedByPartner')} · {timeZone}</p>
      {showMatchLink ? <p><a href={href(`/matches/${meetup.matchId}`)}>{t('meetups.openMatch')}</a></p> : null}
      <div className="actions">
        {meetup.status === 'proposed' && !mine ? (
          <button type="button" onClick={() => void act(() => call(api.POST('/api/meetups/{id}/accept', path)))}>{t('meetups.accept')}</button>
        ) : null}
        {meetup.status === 'proposed' && !mine ? (
          <ConfirmWithReason label={t('meetups.decline')} confirmLabel={t('meetups.confirmDecline')} onConfirm={(reason) => act(() => call(api.POST('/api/meetups/{id}/decline', { ...path, body: reason === '' ? {} : { reason } })))} />
        ) : null}
        {open && !ended ? <button type="button" className="secondary" onClick={() => setRescheduling(!rescheduling)}>{t('meetups.reschedule')}</button> : null}
        {open && !ended ? (
          <ConfirmWithReason label={t('meetups.cancel')} confirmLabel={t('meetups.confirmCancel')} onConfirm={(reason) => act(() => call(api.POST('/api/meetups/{id}/cancel', { ...path, body: reason === '' ? {} : { reason } })))} />
        ) : null}
        {meetup.status === 'confirmed' ? <button type="button" className="secondary" onClick={() => void act(() => downloadIcs(meetup))}>{t('meetups.addToCalendar')}</button> : null}
      </div>
      {rescheduling ? (
        <form className="inline-form" onSubmit={reschedule}>
          <div className="field">
            <label htmlFor={`reschedule-${meetup.id}`}>{t('meetups.newTime', { timeZone })}</label>
            <input id={`reschedule-${meetup.id}`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} required />
          </div>
          <button type="submit">{t('meetups.proposeNewTime')}</button>
        </form>
      ) : null}
      {meetup.status === 'confirmed' && ended ? <FeedbackForm meetup={meetup} /> : null}
      <Notice kind="error">{error}</Notice>
    </li>
  );
}

function FeedbackForm({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [happened, setHappened] = useState<'' | 'yes' | 'no'>('');
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [concern, setConcern] = useState(false);
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string }>();
  const id = `feedback-${meetup.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (happened === '') return;
    try {
      await call(api.POST('/api/meetups/{id}/feedback', {
        params: { path: { id: meetup.id } },
        body: { happened: happened === 'yes', ...(rating === '' ? {} : { rating: Number(rating) }), ...(comment.trim() === '' ? {} : { comment: comment.trim() }), concern },
      }));
      setResult({ kind: 'success', text: t('feedback.thanks') });
    } catch (e) {
      setResult({ kind: 'error', text: describeError(e, t) });
    }
  }

  if (result?.kind === 'success') return <Notice kind="success">{result.text}</Notice>;
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('feedback.happened')}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <div className="choice" key={value}>
            <input type="radio" id={`${id}-${value}`} name={`${id}-happened`} checked={happened === value} onChange={() => setHappened(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`common.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rating`}>{t('feedback.rating')}</label>
        <select id={`${id}-rating`} value={rating} onChange={(event) => setRating(event.target.value)}>
          <option value="">{t('common.choose')}</option>
          {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('feedback.comment')}</label>
        <textarea id={`${id}-comment`} value={comment} onChange={(event) => setComment(event.target.value)} />
      </div>
      <div className="field choice">
        <input type="checkbox" id={`${id}-concern`} checked={concern} onChange={(event) => setConcern(event.target.checked)} />
        <label htmlFor={`${id}-concern`}>{t('feedback.concern')}</label>
      </div>
      <button type="submit" disabled={happened === ''}>{t('feedback.submit')}</button>
      {result === undefined ? null : <Notice kind={result.kind}>{result.text}</Notice>}
    </form>
  );
}
