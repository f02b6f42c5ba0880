import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingRun } from '../api/client';
import { Notice } from '../components/Field';
import { useMatchingRun, useStartMatchingRun } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';

/** A matching round: always a dry run first, so staff see the figures before anyone is proposed. */
export function RoundsPanel() {
  const { t } = useTranslation();
  const [dryRunId, setDryRunId] = useState<string>();
  const [realRunId, setRealRunId] = useState<string>();
  const { data: dryRun, error: dryRunError } = useMatchingRun(dryRunId);
  const { data: realRun, error: realRunError } = useMatchingRun(realRunId);
  const startRun = useStartMatchingRun();
  const busy = startRun.isPending || dryRun?.status === 'running' || realRun?.status === 'running';
  const error = describeFirstError(t, startRun.error, realRunError, dryRunError);

  function start(dry: boolean) {
    startRun.mutate({ dryRun: dry }, {
      onSuccess: (run) => {
        if (dry) setDryRunId(run.id);
        else setRealRunId(run.id);
      },
    });
  }

  return (
    <div>
      <p>{t('staff.rounds.intro')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => start(true)}>{t('staff.rounds.dryRun')}</button>
        <button type="button" className="danger" disabled={busy || dryRun?.status !== 'finished'} onClick={() => start(false)}>{t('staff.rounds.run')}</button>
      </div>
      {dryRun?.status === 'finished' ? null : <p className="hint">{t('staff.rounds.dryRunFirst')}</p>}
      <Notice kind="error">{error}</Notice>
      {dryRun === undefined ? null : <RunFigures run={dryRun} title={t('staff.rounds.dryRunResult')} />}
      {realRun === undefined ? null : <RunFigures run={realRun} title={t('staff.rounds.runResult')} />}
    </div>
  );
}

function RunFigures({ run, title }: { run: MatchingRun; title: string }) {
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
