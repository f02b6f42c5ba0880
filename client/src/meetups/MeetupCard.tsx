import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meetup } from '../api/client';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { CheckboxField, Notice, SelectField, TextAreaField, TextField } from '../components/Field';
import {
  useAcceptMeetup, useCancelMeetup, useDeclineMeetup, useMeetupCalendarFile, useMeetupFeedback, useRescheduleMeetup,
} from '../data/meetups';
import { latestFailure } from '../data/mutations';
import { describeFirstError } from '../i18n/describe-error';
import { href } from '../router';
import { useSession } from '../session/session';
import { formatDateTime, useViewerTimezone, utcToZonedLocal, zonedLocalToUtc } from './time';
import { Button } from '../components/Button';
import { Card } from '../components/Card';

/** Hands the meetup's ICS text to the browser as a file. */
function saveIcs(meetup: Meetup, ics: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `meetup-${meetup.startsAt.slice(0, 10)}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MeetupCard({ meetup, showMatchLink = false }: { meetup: Meetup; showMatchLink?: boolean }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const timeZone = useViewerTimezone();
  const accept = useAcceptMeetup();
  const decline = useDeclineMeetup();
  const cancel = useCancelMeetup();
  const move = useRescheduleMeetup();
  const calendarFile = useMeetupCalendarFile();
  const error = describeFirstError(t, latestFailure([accept, decline, cancel, move, calendarFile]));
  const [rescheduling, setRescheduling] = useState(false);
  const [when, setWhen] = useState(() => utcToZonedLocal(meetup.startsAt, timeZone));
  const id = meetup.id;
  const mine = meetup.proposedBy === user?.id;
  const ended = new Date(meetup.endsAt).getTime() < Date.now();
  const open = meetup.status === 'proposed' || meetup.status === 'confirmed';

  function reschedule(event: FormEvent) {
    event.preventDefault();
    move.mutate({ id, body: { startsAt: zonedLocalToUtc(when, timeZone) } }, { onSuccess: () => setRescheduling(false) });
  }

  return (
    <Card className="meetup">
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
          <Button disabled={accept.isPending} onClick={() => accept.mutate(id)}>{t('meetups.accept')}</Button>
        ) : null}
        {meetup.status === 'proposed' && !mine ? (
          <ConfirmWithReason label={t('meetups.decline')} confirmLabel={t('meetups.confirmDecline')} onConfirm={(reason) => decline.mutateAsync({ id, body: reason === '' ? {} : { reason } })} />
        ) : null}
        {open && !ended ? <Button variant="secondary" onClick={() => setRescheduling(!rescheduling)}>{t('meetups.reschedule')}</Button> : null}
        {open && !ended ? (
          <ConfirmWithReason label={t('meetups.cancel')} confirmLabel={t('meetups.confirmCancel')} onConfirm={(reason) => cancel.mutateAsync({ id, body: reason === '' ? {} : { reason } })} />
        ) : null}
        {meetup.status === 'confirmed' ? <Button variant="secondary" disabled={calendarFile.isPending} onClick={() => calendarFile.mutate(id, { onSuccess: (ics) => saveIcs(meetup, ics) })}>{t('meetups.addToCalendar')}</Button> : null}
      </div>
      {rescheduling ? (
        <form className="inline-form" onSubmit={reschedule}>
          <TextField id={`reschedule-${meetup.id}`} label={t('meetups.newTime', { timeZone })} type="datetime-local" value={when} onChange={setWhen} required />
          <Button type="submit" disabled={move.isPending}>{t('meetups.proposeNewTime')}</Button>
        </form>
      ) : null}
      {meetup.status === 'confirmed' && ended ? <FeedbackForm meetup={meetup} /> : null}
      <Notice kind="error">{error}</Notice>
    </Card>
  );
}

function FeedbackForm({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [happened, setHappened] = useState<'' | 'yes' | 'no'>('');
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [concern, setConcern] = useState(false);
  const feedback = useMeetupFeedback();
  const id = `feedback-${meetup.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (happened === '') return;
    feedback.mutate({
      id: meetup.id,
      body: { happened: happened === 'yes', ...(rating === '' ? {} : { rating: Number(rating) }), ...(comment.trim() === '' ? {} : { comment: comment.trim() }), concern },
    });
  }

  if (feedback.isSuccess) return <Notice kind="success">{t('feedback.thanks')}</Notice>;
  return (
    <form className="inline-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('feedback.happened')}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <div className="choice" key={value}>
            <input type="radio" id={`${id}-${value}`} name={`${id}-happened`} checked={happened === value} onChange={() => setHappened(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`common.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <SelectField id={`${id}-rating`} label={t('feedback.rating')} value={rating} onChange={setRating}>
        <option value="">{t('common.choose')}</option>
        {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
      </SelectField>
      <TextAreaField id={`${id}-comment`} label={t('feedback.comment')} value={comment} onChange={setComment} />
      <CheckboxField id={`${id}-concern`} label={t('feedback.concern')} checked={concern} onChange={setConcern} />
      <Button type="submit" disabled={happened === '' || feedback.isPending}>{t('feedback.submit')}</Button>
      <Notice kind="error">{describeFirstError(t, feedback.error)}</Notice>
    </form>
  );
}
