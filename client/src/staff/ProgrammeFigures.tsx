import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useProgrammeStats } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { BarFigure } from './BarFigure';
import { checkInScoreSeries, firstMatchesSeries, monthLabel, programmeMatchesSeries } from './programme-figures';

const oneDecimal = (value: number): string => String(Math.round(value * 10) / 10);

/** One programme's figures: people, waiting, matches by status, check-in scores and first matches by month. */
export default function ProgrammeFigures({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { data: stats, error } = useProgrammeStats(programmeId);
  if (stats === undefined) return error === null ? <p role="status">{t('common.loading')}</p> : <Notice kind="error">{describeFirstError(t, error)}</Notice>;
  const days = (value: number | null): string => (value === null ? '—' : t('staff.stats.days', { count: Math.round(value) }));
  const rows: Array<[string, string]> = [
    [t('staff.programmes.sides.migrant'), String(stats.participants.migrants)],
    [t('staff.programmes.sides.host'), String(stats.participants.hosts)],
    [t('staff.stats.waitingMigrants'), String(stats.waitingMigrants)],
    [t('staff.stats.hostsPending'), String(stats.hostsPending)],
    [t('staff.stats.medianWait'), days(stats.medianWaitDays)],
    [t('staff.programmes.medianDaysToFirstMatch'), days(stats.medianDaysToFirstMatch)],
    [t('staff.programmes.meanCheckInScore'), stats.meanCheckInScore === null ? '—' : oneDecimal(stats.meanCheckInScore)],
    [t('staff.programmes.checkInCount'), String(stats.checkIns.count)],
    [t('staff.stats.openReports'), String(stats.openReports)],
    [t('staff.programmes.meetupsConfirmed'), String(stats.meetups.confirmed)],
    [t('staff.programmes.meetupsHappened'), String(stats.meetups.happened)],
  ];
  const scores = checkInScoreSeries(stats);
  const firstMatches = firstMatchesSeries(stats);
  return (
    <div className="stats">
      <dl className="figures-summary">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <BarFigure title={t('staff.stats.matches')} series={programmeMatchesSeries(stats)} label={(key) => t(`matches.status.${key}`, { defaultValue: key })} />
      {scores === undefined ? null : (
        <BarFigure title={t('staff.programmes.checkInScores')} series={scores} label={(score) => t(`checkIn.scores.${score}`)} />
      )}
      {firstMatches === undefined ? null : (
        <BarFigure title={t('staff.programmes.firstMatchesByMonth')} series={firstMatches} label={(month) => monthLabel(month, i18n.language)} />
      )}
    </div>
  );
}
