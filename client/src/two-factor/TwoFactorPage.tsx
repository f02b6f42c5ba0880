import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { TwoFactorSection } from './TwoFactorSection';

/** `#/account/two-factor`: where coordinators and admins are sent while they must enrol first, and where anyone manages it. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <PageTitle>{t('twoFactor.pageTitle')}</PageTitle>
      <TwoFactorSection />
    </section>
  );
}
