import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { MatchingRun } from '../api/client';
import { Notice } from '../components/Field';
import { describeError } from '../i18n/describe-error';
import { pollUntilDone } from './poll-run';

function fetchRun(id: string): Promise<MatchingRun> {
  return call(api.GET('/api/staff/matching/runs/{id}', { params: { path: { id } } }));
}

/** A matching round: always a dry run first, so staff see the figures before anyone is proposed. */
export function RoundsPanel() {
  const { t } = useTranslation();
  const [dryRun, setDryRun] = useState<MatchingRun>();
  const [realRun, setRealRun] = useState<MatchingRun>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function start(dry: boolean) {
    setBusy(true);
    setError(undefined);
    const show = dry ? setDryRun : setRealRun;
    try {
      const first = await call(api.POST('/api/staff/matching/runs', { body: { dryRun: dry } }));
      show(first);
      show(await pollUntilDone(first, fetchRun, { onProgress: show }));
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <p>{t('staff.rounds.intro')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void start(true)}>{t('staff.rounds.dryRun')}</button>
        <button type="button" className="danger" disabled={busy || dryRun?.status !== 'finished'} onClick={() => void start(false)}>{t('staff.rounds.run')}</button>
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
