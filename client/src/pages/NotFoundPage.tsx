import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { href } from '../router';

/** An address the app does not have: said so, with the way back to where the person starts. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.explained')}</p>
      <p>
        <a href={href('/')}>{t('notFound.home')}</a>
      </p>
    </section>
  );
}
