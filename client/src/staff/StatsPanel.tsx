import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useStaffStats } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { BarFigure } from './BarFigure';
import { matchesSeries, meetupsSeries, participantsByRole, waitingSeries } from './stats-figures';

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
