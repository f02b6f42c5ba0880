import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { useOpenProgrammes } from '../data/programmes';
import { PlaceSearch, type ChosenPlace } from '../profile/PlaceSearch';
import { href } from '../router';
import { OpenProgrammesNear } from './OpenProgrammesNear';
import { organisationNames } from './organisations';

const STEPS = ['step1', 'step2', 'step3'] as const;
const SAFETY = ['vetted', 'address', 'report', 'data'] as const;

/** The first page a signed-out visitor sees: what Common Ground is, who runs it, how it works, and the way in. */
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <div className="landing">
      <div className="landing-hero">
        <PageTitle>{t('landing.title')}</PageTitle>
        <p className="landing-lead">{t('landing.lead')}</p>
        <p className="landing-actions">
          <a className="button" href={href('/signup')}>{t('landing.signUp')}</a>
          <span className="landing-login">
            {t('landing.haveAccount')} <a className="button secondary" href={href('/login')}>{t('landing.logIn')}</a>
          </span>
        </p>
      </div>

      <section aria-labelledby="landing-what">
        <h2 id="landing-what">{t('landing.what.title')}</h2>
        <p>{t('landing.what.text')}</p>
        <p>{t('landing.what.spirit')}</p>
      </section>

      <WhoRunsIt />

      <section aria-labelledby="landing-how">
        <h2 id="landing-how">{t('landing.how.title')}</h2>
        <ol className="landing-steps">
          {STEPS.map((step) => (
            <li key={step}>
              <h3>{t(`landing.how.${step}.title`)}</h3>
              <p>{t(`landing.how.${step}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <ProgrammeSearch />

      <section aria-labelledby="landing-safety">
        <h2 id="landing-safety">{t('landing.safety.title')}</h2>
        <ul className="landing-safety">
          {SAFETY.map((point) => <li key={point}>{t(`landing.safety.${point}`)}</li>)}
        </ul>
      </section>
    </div>
  );
}

/** National Societies in general, and by name the organisations whose programmes are open now (nothing more while that list loads or fails). */
function WhoRunsIt() {
  const { t, i18n } = useTranslation();
  const open = useOpenProgrammes();
  const names = organisationNames(open.data ?? [], i18n.language);
  return (
    <section aria-labelledby="landing-who">
      <h2 id="landing-who">{t('landing.who.title')}</h2>
      <p>{t('landing.who.text')}</p>
      {names.length === 0 ? null : (
        <>
          <p id="landing-organisations">{t('landing.who.organisations')}</p>
          <ul aria-labelledby="landing-organisations">
            {names.map((name) => <li key={name} dir="auto">{name}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function ProgrammeSearch() {
  const { t } = useTranslation();
  const [place, setPlace] = useState<ChosenPlace | null>(null);
  return (
    <section aria-labelledby="landing-programmes">
      <h2 id="landing-programmes">{t('landing.programmes.title')}</h2>
      <p>{t('landing.programmes.intro')}</p>
      <div className="narrow">
        <PlaceSearch value={place} onChange={setPlace} label={t('landing.programmes.place')} hint={t('landing.programmes.placeHint')} />
      </div>
      {place === null ? null : <OpenProgrammesNear key={place.id} place={place} />}
    </section>
  );
}
