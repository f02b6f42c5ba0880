import { useTranslation } from 'react-i18next';
import type { PublicUser, Reason } from '../api/client';
import { interestLabel, languageName, translateReason } from '../i18n/translate-api';

export function PersonSummary({ person }: { person: PublicUser }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="person">
      <p className="meta">
        {t(`roles.${person.role}`)}
        {person.place === null ? null : ` · ${person.place.name} (${person.place.countryCode})`}
        {person.distanceKm === null ? null : ` · ${t('person.distance', { km: person.distanceKm })}`}
      </p>
      {person.languages.length === 0 ? null : (
        <p>
          {t('person.speaks')}{' '}
          {person.languages.map((l) => `${languageName(l.code, i18n.language)} (${t(`profile.levels.${l.level}`)})`).join(', ')}
        </p>
      )}
      {person.interests.length === 0 ? null : <p>{t('person.interests')} {person.interests.map((code) => interestLabel(t, code)).join(', ')}</p>}
      {person.bio === null || person.bio === '' ? null : <p className="bio">{person.bio}</p>}
    </div>
  );
}

export function Reasons({ reasons, score }: { reasons: readonly Reason[]; score: number }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="reasons">
      <p>
        <strong>{t('suggestions.score', { score: Math.round(score) })}</strong>
      </p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.factor}>{translateReason(t, reason, i18n.language)}</li>
        ))}
      </ul>
    </div>
  );
}
