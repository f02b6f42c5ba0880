import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { fieldLabels } from '../i18n/describe-error';

/** What matching still needs, in words (never the API's field names), and for volunteers where vetting stands. */
export function ProfileStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="status-panel" aria-live="polite">
      {user.role === 'host' ? <p className={`verification verification-${user.verification ?? 'pending'}`}>{t(`profile.verification.${user.verification ?? 'pending'}`)}</p> : null}
      {user.missing.length === 0 ? (
        <p>{t('profile.complete')}</p>
      ) : (
        <>
          <p>{t('profile.missingIntro')}</p>
          <ul className="missing">
            {fieldLabels(t, user.missing).map((label) => <li key={label}>{label}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
