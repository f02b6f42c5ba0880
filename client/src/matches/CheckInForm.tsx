import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Notice, TextAreaField } from '../components/Field';
import { useCheckIn } from '../data/programmes';
import { describeFirstError } from '../i18n/describe-error';
import { Button } from '../components/Button';

const SCORES = [1, 2, 3, 4, 5] as const;
const COMMENT_MAX = 1000;

/** How the match is going, for the programme's coordinators: a score, a comment, and whether to be contacted. */
export function CheckInForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn();
  const [score, setScore] = useState<number>();
  const [comment, setComment] = useState('');
  const [wantsContact, setWantsContact] = useState(false);
  const [noScore, setNoScore] = useState(false);
  const id = `checkin-${matchId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setNoScore(score === undefined);
    if (score === undefined) return;
    const text = comment.trim();
    checkIn.mutate({ matchId, body: { score, wantsContact, ...(text === '' ? {} : { comment: text }) } });
  }

  if (checkIn.isSuccess) return <Notice kind="success">{t('checkIn.thanks')}</Notice>;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkIn.title')}</h2>
      <p>{t('checkIn.intro')}</p>
      <fieldset aria-describedby={noScore ? `${id}-score-error` : undefined}>
        <legend>{t('checkIn.score')}</legend>
        {SCORES.map((value) => (
          <div className="choice" key={value}>
            <input type="radio" id={`${id}-score-${value}`} name={`${id}-score`} value={value} checked={score === value} onChange={() => setScore(value)} />
            <label htmlFor={`${id}-score-${value}`}>{t(`checkIn.scores.${value}`)}</label>
          </div>
        ))}
        {noScore ? <p className="field-error" id={`${id}-score-error`}>{t('checkIn.scoreNeeded')}</p> : null}
      </fieldset>
      <TextAreaField id={`${id}-comment`} label={t('checkIn.comment')} rows={3} maxLength={COMMENT_MAX} value={comment} onChange={setComment} />
      <CheckboxField id={`${id}-contact`} label={t('checkIn.wantsContact')} checked={wantsContact} onChange={setWantsContact} />
      <Notice kind="error">{describeFirstError(t, checkIn.error)}</Notice>
      <Button type="submit" disabled={checkIn.isPending}>{t('checkIn.submit')}</Button>
    </form>
  );
}
