import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, SelectField } from '../components/Field';
import { useMatchingRun, useStartMatchingRun } from '../data/staff';
import { useStaffProgrammes } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { RoundReview } from './RoundReview';
import { RunFigures } from './RunFigures';
import { Button } from '../components/Button';

/** A matching round in one programme: previewed first (a dry run staff review pair by pair), then proposed or discarded. */
export function RoundsPanel() {
  const { t } = useTranslation();
  const programmes = useStaffProgrammes();
  const open = (programmes.data ?? []).filter((programme) => programme.status === 'open');
  const [chosenId, setChosenId] = useState<string>();
  const programmeId = chosenId ?? open[0]?.id;
  const [dryRunId, setDryRunId] = useState<string>();
  const [realRunId, setRealRunId] = useState<string>();
  const [discarded, setDiscarded] = useState(false);
  const { data: dryRun, error: dryRunError } = useMatchingRun(dryRunId);
  const { data: realRun, error: realRunError } = useMatchingRun(realRunId);
  const startRun = useStartMatchingRun();
  const busy = startRun.isPending || dryRun?.status === 'running' || realRun?.status === 'running';
  const error = describeFirstError(t, startRun.error, realRunError, dryRunError, programmes.error);

  function start(dry: boolean) {
    setDiscarded(false);
    startRun.mutate({ dryRun: dry, ...(programmeId === undefined ? {} : { programmeId }) }, {
      onSuccess: (run) => {
        if (dry) setDryRunId(run.id);
        else setRealRunId(run.id);
      },
    });
  }

  function choose(id: string) {
    setChosenId(id);
    setDryRunId(undefined);
    setRealRunId(undefined);
    setDiscarded(false);
  }

  return (
    <div>
      <p>{t('staff.rounds.intro')}</p>
      {open.length === 0 ? null : (
        <SelectField id="round-programme" label={t('staff.rounds.programme')} value={programmeId ?? ''} onChange={choose}>
          {open.map((programme) => <option key={programme.id} value={programme.id}>{programme.name}</option>)}
        </SelectField>
      )}
      <div className="actions">
        <Button disabled={busy} onClick={() => start(true)}>{t('staff.rounds.dryRun')}</Button>
        <Button variant="danger" disabled={busy || dryRun?.status !== 'finished'} onClick={() => start(false)}>{t('staff.rounds.run')}</Button>
      </div>
      {dryRun?.status === 'finished' ? null : <p className="hint">{t('staff.rounds.dryRunFirst')}</p>}
      <Notice kind="error">{error}</Notice>
      {discarded ? <Notice kind="info">{t('staff.rounds.review.discarded')}</Notice> : null}
      {dryRun === undefined ? null : (
        <RoundReview key={dryRun.id} run={dryRun} onNewPreview={() => start(true)} onDiscarded={() => { setDryRunId(undefined); setDiscarded(true); }} />
      )}
      {realRun === undefined ? null : <RunFigures run={realRun} title={t('staff.rounds.runResult')} />}
    </div>
  );
}
