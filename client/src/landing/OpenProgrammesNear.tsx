import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import type { Programme } from '../data/programme-api';
import { useProgrammesNear } from '../data/programmes';
import { describeError } from '../i18n/describe-error';
import { describeRegion, describeRules } from '../programmes/rule-summary';
import type { ChosenPlace } from '../profile/PlaceSearch';

/** The open programmes around a place, to read before signing up: who runs each, where, and for whom. */
export function OpenProgrammesNear({ place }: { place: ChosenPlace }) {
  const { t } = useTranslation();
  const programmes = useProgrammesNear(place.id);
  if (programmes.error !== null) return <Notice kind="error">{describeError(programmes.error, t)}</Notice>;
  if (programmes.data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (programmes.data.length === 0) return <p role="status">{t('landing.programmes.none', { place: place.name })}</p>;
  return (
    <>
      <ul className="cards landing-programmes" aria-label={t('landing.programmes.listLabel', { place: place.name })}>
        {programmes.data.map((programme) => <ProgrammeCard key={programme.id} programme={programme} />)}
      </ul>
      <p>{t('landing.programmes.join')}</p>
    </>
  );
}

function ProgrammeCard({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const nameId = `landing-programme-${programme.id}`;
  return (
    <li className="card" aria-labelledby={nameId}>
      <h3 id={nameId} dir="auto">{programme.name}</h3>
      <p className="meta">{t('programmes.by', { organisation: programme.organisationName })} · {describeRegion(t, programme.region, i18n.language)}</p>
      {programme.description === '' ? null : <p dir="auto">{programme.description}</p>}
      <p><strong>{t('programmes.rulesLabel')}</strong> {describeRules(t, programme.rules, i18n.language)}</p>
    </li>
  );
}
