import { useTranslation } from 'react-i18next';
import type { MatchingRun } from '../api/client';
import { runProgress } from './poll-run';

/** A round's totals: how it went, how many people and pairs, and their scores. */
export function RunFigures({ run, title }: { run: MatchingRun; title: string }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('staff.rounds.status'), t(`staff.rounds.statuses.${run.status}`)],
    [t('staff.rounds.participants'), String(run.participants)],
    [t('staff.rounds.proposals'), String(run.proposals)],
    [t('staff.rounds.totalScore'), String(Math.round(run.totalScore * 10) / 10)],
    [t('staff.rounds.averageScore'), run.proposals === 0 ? '—' : String(Math.round((run.totalScore / run.proposals) * 10) / 10)],
    [t('staff.rounds.algorithm'), run.algorithm],
    [t('staff.rounds.duration'), run.durationMs === null ? '—' : `${run.durationMs} ms`],
  ];
  const progress = runProgress(run);
  if (progress !== null) {
    const counts = progress.components === null ? t('staff.rounds.progressPairs', { pairs: progress.pairs }) : t('staff.rounds.progressCounts', progress);
    rows.splice(1, 0, [t('staff.rounds.progress'), `${t(`staff.rounds.phases.${progress.phase}`)}: ${counts}`]);
  }
  return (
    <table aria-live="polite">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
