import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useWaitingTimes } from '../data/staff-matches';
import { describeFirstError } from '../i18n/describe-error';
import { BarFigure } from './BarFigure';
import { waitingSeries } from './matches-overview';

/** Waiting times per programme: a chart of the median wait, and every figure in a table. Loaded lazily with Chart.js. */
export default function WaitingFigure() {
  const { t } = useTranslation();
  const waiting = useWaitingTimes();
  if (waiting.data === undefined) return waiting.error ? <Notice kind="error">{describeFirstError(t, waiting.error)}</Notice> : <p role="status">{t('common.loading')}</p>;
  if (waiting.data.length === 0) return <p>{t('staff.matches.noProgrammes')}</p>;
  const names = new Map(waiting.data.map((w) => [w.programme.id, w.programme.name]));
  const days = (value: number | null) => (value === null ? '–' : t('staff.stats.days', { count: value }));
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('staff.matches.waitingTitle')}</h2>
      <BarFigure title={t('staff.matches.waitingChart')} series={waitingSeries(waiting.data)} label={(id) => names.get(id) ?? id} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('staff.matches.waitingCaption')}>
        <table className="stacking-table">
          <caption>{t('staff.matches.waitingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.matches.programme')}</th>
              <th scope="col">{t('staff.matches.migrantsWaiting')}</th>
              <th scope="col">{t('staff.matches.medianWait')}</th>
              <th scope="col">{t('staff.matches.p90Wait')}</th>
              <th scope="col">{t('staff.matches.proposalsWaiting')}</th>
              <th scope="col">{t('staff.matches.oldestProposal')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.data.map((w) => (
              <tr key={w.programme.id}>
                <th scope="row" data-label={t('staff.matches.programme')} dir="auto">{w.programme.name}</th>
                <td data-label={t('staff.matches.migrantsWaiting')}>{w.migrants.count}</td>
                <td data-label={t('staff.matches.medianWait')}>{days(w.migrants.medianDays)}</td>
                <td data-label={t('staff.matches.p90Wait')}>{days(w.migrants.p90Days)}</td>
                <td data-label={t('staff.matches.proposalsWaiting')}>{w.proposals.count}</td>
                <td data-label={t('staff.matches.oldestProposal')}>{days(w.proposals.oldestDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
