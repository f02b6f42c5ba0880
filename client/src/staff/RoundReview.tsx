import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommittedRun, MatchingRun } from '../api/client';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Notice } from '../components/Field';
import { useCommitRun, useDiscardRun } from '../data/round-review';
import { describeFirstError } from '../i18n/describe-error';
import { reviewState, scoreSeries, stateOfRefusal } from './round-review';
import { RunFigures } from './RunFigures';
import { RunPairsTable } from './RunPairsTable';

// Chart.js only loads when a preview is there to draw.
const RoundScoreChart = lazy(() => import('./RoundScoreChart'));

interface Props {
  run: MatchingRun;
  /** Starts another preview, offered once this one can no longer be committed. */
  onNewPreview: () => void;
  /** The preview was discarded: its pairs are gone. */
  onDiscarded: () => void;
}

/** A dry run under review: its totals, score distribution and pairs, then propose them or discard them. */
export function RoundReview({ run, onNewPreview, onDiscarded }: Props) {
  const { t } = useTranslation();
  const commit = useCommitRun();
  const discard = useDiscardRun();
  const [outcome, setOutcome] = useState<CommittedRun>();
  const state = stateOfRefusal(commit.error) ?? stateOfRefusal(discard.error) ?? reviewState(run, Date.now());
  const otherError = stateOfRefusal(commit.error) === undefined && stateOfRefusal(discard.error) === undefined ? describeFirstError(t, commit.error, discard.error) : undefined;
  const series = scoreSeries(run);

  return (
    <section aria-labelledby="round-review-title">
      <h2 id="round-review-title">{t('staff.rounds.review.title')}</h2>
      <RunFigures run={run} title={t('staff.rounds.dryRunResult')} />
      {outcome === undefined ? null : <CommitOutcome outcome={outcome} />}
      <Notice kind="error">{otherError}</Notice>
      {state === 'running' ? null : state === 'reviewable' ? (
        <>
          {series === undefined ? null : (
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <RoundScoreChart series={series} />
            </Suspense>
          )}
          <RunPairsTable runId={run.id} />
          <div className="actions">
            <ConfirmCommit count={run.proposals} busy={commit.isPending || discard.isPending} onConfirm={() => commit.mutate(run.id, { onSuccess: setOutcome })} />
            <Button variant="secondary" disabled={commit.isPending || discard.isPending} onClick={() => discard.mutate(run.id, { onSuccess: onDiscarded })}>
              {t('staff.rounds.review.discard')}
            </Button>
          </div>
        </>
      ) : (
        <>
          {outcome === undefined ? <Notice kind="info">{t(`staff.rounds.review.states.${state}`)}</Notice> : null}
          <div className="actions">
            <Button onClick={onNewPreview}>{t('staff.rounds.review.newPreview')}</Button>
          </div>
        </>
      )}
    </section>
  );
}

/** "Propose these N matches", asked once more in a dialog before anyone is proposed. */
function ConfirmCommit({ count, busy, onConfirm }: { count: number; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button disabled={busy} onClick={() => setOpen(true)}>{t('staff.rounds.review.commit', { count })}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('staff.rounds.review.confirm', { count })}>
        <div className="actions">
          <Button autoFocus disabled={busy} onClick={() => { setOpen(false); onConfirm(); }}>{t('staff.rounds.review.confirmYes', { count })}</Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </div>
      </Dialog>
    </>
  );
}

/** What committing did: how many matches were proposed, and each pair skipped with its reason in words. */
function CommitOutcome({ outcome }: { outcome: CommittedRun }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      <Notice kind="success">{t('staff.rounds.review.committed', { count: outcome.committed.length })}</Notice>
      {outcome.skipped.length === 0 ? null : (
        <>
          <h3>{t('staff.rounds.review.skipped', { count: outcome.skipped.length })}</h3>
          <ul className="skipped-pairs">
            {outcome.skipped.map((pair) => (
              <li key={pair.id}>
                <span dir="auto">{pair.migrant.displayName}</span> – <span dir="auto">{pair.host.displayName}</span>:{' '}
                {t(`errors.codes.${pair.code}`, { defaultValue: t('staff.rounds.review.skippedOther') })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
