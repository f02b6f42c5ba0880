import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Notice } from '../components/Field';
import type { Programme } from '../data/programme-api';
import { useJoinProgramme, useMyProgrammes, useProgrammesNear } from '../data/programmes';
import { describeFirstError } from '../i18n/describe-error';
import { describeJoinError } from './join-error';
import { describeRegion, describeRules } from './rule-summary';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { Card, CardList } from '../components/Card';

/** The open programmes around a place, each with its rules in words and a way to join it. */
export function ProgrammeChooser({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const programmes = useProgrammesNear(placeId);
  const memberships = useMyProgrammes();
  const joined = new Set((memberships.data ?? []).filter((m) => m.status === 'active').map((m) => m.programme.id));

  return (
    <div>
      <Notice kind="error">{describeFirstError(t, programmes.error, memberships.error)}</Notice>
      {programmes.data === undefined ? (programmes.isPending ? <p role="status">{t('common.loading')}</p> : null)
        : programmes.data.length === 0 ? <EmptyState>{t('programmes.noneNear')}</EmptyState> : (
          <CardList aria-label={t('programmes.near')}>
            {programmes.data.map((programme) => <ProgrammeCard key={programme.id} programme={programme} member={joined.has(programme.id)} />)}
          </CardList>
        )}
    </div>
  );
}

function ProgrammeCard({ programme, member }: { programme: Programme; member: boolean }) {
  const { t, i18n } = useTranslation();
  const join = useJoinProgramme();
  const [shareHistory, setShareHistory] = useState(false);
  const id = `programme-${programme.id}`;

  return (
    <Card aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} dir="auto">{programme.name}</h3>
      <p className="meta">{t('programmes.by', { organisation: programme.organisationName })} · {describeRegion(t, programme.region, i18n.language)}</p>
      {programme.description === '' ? null : <p dir="auto">{programme.description}</p>}
      <p><strong>{t('programmes.rulesLabel')}</strong> {describeRules(t, programme.rules, i18n.language)}</p>
      {member ? <p>{t('programmes.member')}</p> : (
        <form className="inline-form" onSubmit={(event) => { event.preventDefault(); join.mutate({ programmeId: programme.id, shareHistory }); }}>
          <CheckboxField id={`${id}-share`} label={t('programmes.shareHistory', { organisation: programme.organisationName })} hint={t('programmes.shareHistoryHint', { organisation: programme.organisationName })} checked={shareHistory} onChange={setShareHistory} />
          <Notice kind="error">{join.error === null ? undefined : describeJoinError(join.error, t)}</Notice>
          <Button type="submit" disabled={join.isPending}>{t('programmes.join.button', { name: programme.name })}</Button>
        </form>
      )}
      <Notice kind="success">{join.isSuccess ? t('programmes.join.done', { name: programme.name }) : undefined}</Notice>
    </Card>
  );
}
