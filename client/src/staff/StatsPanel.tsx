import { BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useStaffStats } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { matchesSeries, meetupsSeries, participantsByRole, waitingSeries, type Series } from './stats-figures';

Chart.register(CategoryScale, LinearScale, BarElement, Title, Tooltip, Legend);

const COLOURS = ['#1d4e89', '#b3541e', '#2e7d32', '#6a1b9a', '#5d4037', '#00695c'];

/** A chart plus the same figures as a table, so nothing depends on seeing the canvas. */
function BarFigure({ title, series, label }: { title: string; series: Series; label: (key: string) => string }) {
  const labels = series.labels.map(label);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <Bar
          aria-label={`${title}: ${labels.map((l, i) => `${l} ${series.values[i]}`).join(', ')}`}
          role="img"
          data={{ labels, datasets: [{ label: title, data: series.values, backgroundColor: COLOURS }] }}
          options={{ responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
        />
      </div>
      <table className="figures">
        <tbody>
          {labels.map((l, i) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              <td>{series.values[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default function StatsPanel() {
  const { t } = useTranslation();
  const { data: stats, error } = useStaffStats();

  if (stats === undefined) return <Notice kind="error">{describeFirstError(t, error)}</Notice>;
  return (
    <div className="stats">
      <dl className="figures-summary">
        {participantsByRole(stats).map(({ role, count }) => (
          <div key={role}>
            <dt>{t(`roles.${role}`, { defaultValue: role })}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div>
          <dt>{t('staff.stats.medianWait')}</dt>
          <dd>{stats.medianWaitDays === null ? '—' : t('staff.stats.days', { count: Math.round(stats.medianWaitDays) })}</dd>
        </div>
        <div>
          <dt>{t('staff.stats.openReports')}</dt>
          <dd>{stats.openReports}</dd>
        </div>
      </dl>
      <BarFigure title={t('staff.stats.waiting')} series={waitingSeries(stats)} label={(key) => t(`staff.stats.${key}`)} />
      <BarFigure title={t('staff.stats.matches')} series={matchesSeries(stats)} label={(key) => t(`matches.status.${key}`, { defaultValue: key })} />
      <BarFigure title={t('staff.stats.meetups')} series={meetupsSeries(stats)} label={(key) => t(`staff.stats.meetupStates.${key}`)} />
    </div>
  );
}
