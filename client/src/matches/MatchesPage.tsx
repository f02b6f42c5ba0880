import { useTranslation } from 'react-i18next';
import type { Match, User } from '../api/client';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice } from '../components/Field';
import { VerifyEmailNotice } from '../account/VerifyEmailNotice';
import { PageTitle } from '../components/PageTitle';
import { PersonSummary, Reasons } from '../components/PersonSummary';
import { useAcceptMatch, useDeclineMatch, useEndMatch, useMatches } from '../data/matches';
import { latestFailure } from '../data/mutations';
import { describeFirstError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { href } from '../router';
import { useSession } from '../session/session';
import { Button } from '../components/Button';
import { Card, CardList } from '../components/Card';

export function partnerOf(match: Match, user: Pick<User, 'id'>) {
  return match.migrant.id === user.id ? match.host : match.migrant;
}

function acceptedByMe(match: Match, user: User): boolean {
  return user.role === 'host' ? match.acceptedByHost : match.acceptedByMigrant;
}

export function MatchesPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const timeZone = useViewerTimezone();
  const matches = useMatches();
  const accept = useAcceptMatch();
  const decline = useDeclineMatch();
  const end = useEndMatch();
  const error = describeFirstError(t, latestFailure([accept, decline, end]), matches.error);

  if (user === null || user === undefined) return null;
  const byStatus = (...statuses: Match['status'][]): Match[] => (matches.data ?? []).filter((m) => statuses.includes(m.status));
  const proposals = byStatus('proposed');
  const active = byStatus('active');
  const past = byStatus('ended', 'declined', 'expired');

  return (
    <section>
      <PageTitle>{t('matches.title')}</PageTitle>
      <VerifyEmailNotice />
      <Notice kind="error">{error}</Notice>
      <h2>{t('matches.proposals')}</h2>
      {proposals.length === 0 ? <p>{t('matches.noProposals')}</p> : (
        <CardList>
          {proposals.map((match) => {
            const partner = partnerOf(match, user);
            return (
              <Card key={match.id}>
                <h3>{partner.displayName}</h3>
                <PersonSummary person={partner} />
                <Reasons reasons={match.reasons} score={match.score} />
                {acceptedByMe(match, user) ? (
                  <p>{t('matches.waitingFor', { name: partner.displayName })}</p>
                ) : (
                  <div className="actions">
                    <Button disabled={accept.isPending} onClick={() => accept.mutate(match.id)}>
                      {t('matches.accept')}
                    </Button>
                    <ConfirmWithReason label={t('matches.decline')} confirmLabel={t('matches.confirmDecline')} onConfirm={(reason) => decline.mutateAsync({ id: match.id, body: reason === '' ? {} : { reason } })} />
                  </div>
                )}
              </Card>
            );
          })}
        </CardList>
      )}
      <h2>{t('matches.active')}</h2>
      {active.length === 0 ? <p>{t('matches.noActive')}</p> : (
        <CardList>
          {active.map((match) => {
            const partner = partnerOf(match, user);
            return (
              <Card key={match.id}>
                <h3>{partner.displayName}</h3>
                <PersonSummary person={partner} />
                <div className="actions">
                  <a className="button" href={href(`/matches/${match.id}`)}>{t('matches.open', { name: partner.displayName })}</a>
                  <ConfirmWithReason label={t('matches.end')} confirmLabel={t('matches.confirmEnd')} onConfirm={(reason) => end.mutateAsync({ id: match.id, body: reason === '' ? {} : { reason } })} />
                </div>
              </Card>
            );
          })}
        </CardList>
      )}
      <h2>{t('matches.past')}</h2>
      {past.length === 0 ? <p>{t('matches.noPast')}</p> : (
        <CardList>
          {past.map((match) => (
            <Card key={match.id}>
              <h3>{partnerOf(match, user).displayName}</h3>
              <p>
                {t(`matches.status.${match.status}`)}
                {match.endedAt === null ? null : ` · ${formatDateTime(match.endedAt, i18n.language, timeZone)}`}
              </p>
              {match.status === 'ended' ? <a href={href(`/matches/${match.id}`)}>{t('matches.readConversation')}</a> : null}
            </Card>
          ))}
        </CardList>
      )}
    </section>
  );
}
