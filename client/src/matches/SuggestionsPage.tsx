import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { Suggestion } from '../api/client';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { PersonSummary, Reasons } from '../components/PersonSummary';
import { describeError, fieldLabels } from '../i18n/describe-error';
import { href, navigate } from '../router';
import { useSession } from '../session/session';

export function SuggestionsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [suggestions, setSuggestions] = useState<Suggestion[]>();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string>();

  // Matching refuses people whose profile is incomplete and volunteers not yet verified: they are told why instead.
  const blocked = user !== null && user !== undefined && (!user.profileComplete || (user.role === 'host' && user.verification !== 'verified'));
  const load = useCallback(() => {
    setError(undefined);
    call(api.GET('/api/matching/suggestions', { params: { query: { limit: 10 } } })).then(setSuggestions, (e: unknown) => setError(describeError(e, t)));
  }, [t]);
  useEffect(() => {
    if (!blocked) load();
  }, [blocked, load]);

  async function ask(partnerId: string) {
    setAsking(partnerId);
    setError(undefined);
    try {
      await call(api.POST('/api/matches', { body: { partnerId } }));
      navigate('/matches');
    } catch (e) {
      setError(describeError(e, t));
      load();
    } finally {
      setAsking(undefined);
    }
  }

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
      {suggestions === undefined ? null : suggestions.length === 0 ? (
        <p>{t('suggestions.none')}</p>
      ) : (
        <ul className="cards">
          {suggestions.map((suggestion) => (
            <li key={suggestion.partner.id} className="card">
              <h2>{suggestion.partner.displayName}</h2>
              <PersonSummary person={suggestion.partner} />
              <Reasons reasons={suggestion.reasons} score={suggestion.score} />
              <button type="button" disabled={asking !== undefined} onClick={() => void ask(suggestion.partner.id)}>
                {t('suggestions.ask', { name: suggestion.partner.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
