import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { PersonSummary, Reasons } from '../components/PersonSummary';
import { useAskForMatch, useSuggestions } from '../data/matches';
import { describeFirstError, fieldLabels } from '../i18n/describe-error';
import { href, navigate } from '../router';
import { useSession } from '../session/session';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { Card, CardList } from '../components/Card';

export function SuggestionsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  // Matching refuses people whose profile is incomplete and volunteers not yet verified: they are told why instead.
  const blocked = user !== null && user !== undefined && (!user.profileComplete || (user.role === 'host' && user.verification !== 'verified'));
  const { data: suggestions, error: loadError } = useSuggestions({ enabled: !blocked });
  const ask = useAskForMatch();
  const error = describeFirstError(t, ask.error, blocked ? undefined : loadError);

  return (
    <section>
      <PageTitle>{t('suggestions.title')}</PageTitle>
      <p>{t('suggestions.intro')}</p>
      {blocked ? (
        <Notice kind="info">
          {user?.profileComplete === false ? (
            <>
              <a href={href('/profile')}>{t('suggestions.completeProfile')}</a> {t('suggestions.missing', { fields: fieldLabels(t, user.missing) })}
            </>
          ) : (
            t(`profile.verification.${user?.verification ?? 'pending'}`)
          )}
        </Notice>
      ) : null}
      <Notice kind="error">{error}</Notice>
      {suggestions === undefined || blocked ? null : suggestions.length === 0 ? (
        <EmptyState>{t('suggestions.none')}</EmptyState>
      ) : (
        <CardList>
          {suggestions.map((suggestion) => (
            <Card key={suggestion.partner.id}>
              <h2>{suggestion.partner.displayName}</h2>
              <PersonSummary person={suggestion.partner} />
              <Reasons reasons={suggestion.reasons} score={suggestion.score} />
              <Button disabled={ask.isPending} onClick={() => ask.mutate(suggestion.partner.id, { onSuccess: () => navigate('/matches') })}>
                {t('suggestions.ask', { name: suggestion.partner.displayName })}
              </Button>
            </Card>
          ))}
        </CardList>
      )}
    </section>
  );
}
