import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import type { Membership } from '../data/programme-api';
import { useLeaveProgramme, useMyProgrammes } from '../data/programmes';
import { describeFirstError } from '../i18n/describe-error';
import { formatDate, useViewerTimezone } from '../meetups/time';
import { href } from '../router';
import { useSession } from '../session/session';
import { ProgrammeChooser } from './ProgrammeChooser';
import { Button } from '../components/Button';
import { Card, CardList } from '../components/Card';

/** The programmes a person belongs to (leaving one), and the ones near them they could join. */
export function MyProgrammesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const memberships = useMyProgrammes();
  const leave = useLeaveProgramme();
  const [left, setLeft] = useState<string>();
  const placeId = user?.profile?.place?.id;
  const active = (memberships.data ?? []).filter((m) => m.status === 'active');
  const former = (memberships.data ?? []).filter((m) => m.status === 'left');

  return (
    <section>
      <PageTitle>{t('programmes.title')}</PageTitle>
      <p>{t('programmes.intro')}</p>
      <Notice kind="error">{describeFirstError(t, leave.error, memberships.error)}</Notice>
      <Notice kind="success">{left}</Notice>
      <h2>{t('programmes.yours')}</h2>
      {memberships.data === undefined ? null : active.length === 0 ? <p>{t('programmes.noMemberships')}</p> : (
        <CardList aria-label={t('programmes.yours')}>
          {active.map((membership) => (
            <MembershipCard
              key={membership.programme.id}
              membership={membership}
              busy={leave.isPending}
              onLeave={() => leave.mutateAsync(membership.programme.id).then(() => setLeft(t('programmes.leave.done', { name: membership.programme.name })))}
            />
          ))}
        </CardList>
      )}
      {former.length === 0 ? null : (
        <>
          <h2>{t('programmes.former')}</h2>
          <CardList>
            {former.map((membership) => <MembershipCard key={membership.programme.id} membership={membership} busy={false} />)}
          </CardList>
        </>
      )}
      <h2>{t('programmes.near')}</h2>
      {placeId === undefined ? (
        <p>{t('programmes.needPlace')} <a href={href('/profile')}>{t('programmes.toProfile')}</a></p>
      ) : <ProgrammeChooser placeId={placeId} />}
    </section>
  );
}

function MembershipCard({ membership, busy, onLeave }: { membership: Membership; busy: boolean; onLeave?: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [confirming, setConfirming] = useState(false);
  const { programme } = membership;
  const id = `membership-${programme.id}`;

  return (
    <Card aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} dir="auto">{programme.name}</h3>
      <p className="meta">
        {t('programmes.by', { organisation: programme.organisationName })} · {t('programmes.joinedAt', { date: formatDate(membership.joinedAt, i18n.language, timeZone) })}
        {membership.verification === null ? null : ` · ${t(`programmes.verification.${membership.verification}`)}`}
      </p>
      {onLeave === undefined ? null : confirming ? (
        <div className="inline-form" role="group" aria-labelledby={`${id}-leave-explained`}>
          <p id={`${id}-leave-explained`}>{t('programmes.leave.explained', { name: programme.name })}</p>
          <div className="actions">
            <Button variant="danger" disabled={busy} onClick={() => void onLeave().then(() => setConfirming(false), () => undefined)}>
              {t('programmes.leave.confirm', { name: programme.name })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>{t('programmes.leave.button', { name: programme.name })}</Button>
      )}
    </Card>
  );
}
