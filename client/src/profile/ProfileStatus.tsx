import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { fieldLabels } from '../i18n/describe-error';
import { href } from '../router';
import { stepOfField, stepPath } from './onboarding-steps';

/**
 * What matching still needs, in words (never the API's field names), each linking to the step of the
 * step-by-step profile that asks for it; and for volunteers where vetting stands.
 */
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
            {user.missing.map((field, index) => {
              const label = fieldLabels(t, [field])[0] ?? field;
              const step = stepOfField(field);
              return <li key={`${field}-${index}`}>{step === undefined ? label : <a href={href(stepPath(step))}>{label}</a>}</li>;
            })}
          </ul>
          <p><a href={href('/profile/steps')}>{t('profile.stepByStep')}</a></p>
        </>
      )}
    </div>
  );
}
