import { useTranslation } from 'react-i18next';
import { Conversation } from '../chat/Conversation';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useBlockPerson, useMatch } from '../data/matches';
import { describeFirstError } from '../i18n/describe-error';
import { MeetupPlanner } from '../meetups/MeetupPlanner';
import { href, navigate } from '../router';
import { useSession } from '../session/session';
import { CheckInForm } from './CheckInForm';
import { partnerOf } from './MatchesPage';

/** One match: the conversation, its meetups, and blocking the other person. */
export function MatchPage({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data: match, error: loadError } = useMatch(matchId);
  const block = useBlockPerson();
  const error = describeFirstError(t, block.error, loadError);

  if (user === null || user === undefined) return null;
  if (match === undefined) return error === undefined ? <p role="status">{t('common.loading')}</p> : <Notice kind="error">{error}</Notice>;
  const partner = partnerOf(match, user);

  async function blockPartner(reason: string) {
    await block.mutateAsync({ userId: partner.id, body: reason === '' ? {} : { reason } });
    navigate('/matches');
  }

  return (
    <section>
      <PageTitle>{t('match.title', { name: partner.displayName })}</PageTitle>
      <p>
        <a href={href('/matches')}>{t('match.back')}</a> · {t(`matches.status.${match.status}`)}
      </p>
      <Notice kind="error">{error}</Notice>
      <div className="match-layout">
        <Conversation match={match} partnerName={partner.displayName} />
        <MeetupPlanner matchId={match.id} active={match.status === 'active'} />
      </div>
      {match.status === 'active' ? <CheckInForm matchId={match.id} /> : null}
      <h2>{t('match.safety')}</h2>
      <p>{t('match.blockExplained', { name: partner.displayName })}</p>
      <ConfirmWithReason label={t('match.block', { name: partner.displayName })} confirmLabel={t('match.confirmBlock', { name: partner.displayName })} onConfirm={blockPartner} />
    </section>
  );
}
