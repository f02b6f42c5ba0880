import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MatchLifecycle } from '../matches/match-lifecycle.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { CandidatesRepository, type RoundProgramme } from './candidates.repository.js';
import { inProgramme, toPairSide } from './domain/candidate-row.js';
import { evaluatePair, INELIGIBILITY_MESSAGES } from './domain/pair.js';
import { commitDecision, reviewRefusal, type ReviewRefusal, type SkipReason } from './domain/round-review.js';
import type { CommitRunView, CommittedPairView, RunPairView, RunPairsPageView, SkippedPairView } from './dto/matching.dto.js';
import { matchingErrors } from './matching-errors.js';
import type { MatchingRunEntity } from './matching-run.entity.js';
import { MatchingRunPairsRepository, type RunPairRow, type RunPairSort } from './matching-run-pairs.repository.js';
import { toRunView } from './matching-rounds.service.js';
import { MatchingRunsRepository } from './matching-runs.repository.js';
import { matchTermsOf, pairProgrammeOf } from './programme-terms.js';

const REFUSAL_MESSAGES: Readonly<Record<ReviewRefusal, string>> = {
  'run-not-reviewable': 'Only a finished dry run has pairs to review',
  'run-committed': "This round's pairs were already proposed",
  'run-discarded': "This round's pairs were discarded",
  'run-stale': 'This preview is more than 24 hours old; start a new one',
};

const SKIP_MESSAGES: Readonly<Record<SkipReason, string>> = { ...INELIGIBILITY_MESSAGES, 'below-min-score': 'The pair now scores below the minimum for a proposal.' };

/** Staff read a dry run's pairs, then propose exactly those still eligible, or discard them. */
@Injectable()
export class RoundReviewService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly runs: MatchingRunsRepository,
    private readonly pairs: MatchingRunPairsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly matches: MatchesRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly audit: AuditRepository,
    private readonly access: OrganisationAccess,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async listPairs(staff: UserEntity, runId: string, sort: RunPairSort, page: number, limit: number): Promise<RunPairsPageView> {
    const { programme } = await this.visibleRun(staff, runId);
    const { items, total } = await this.pairs.findPage(runId, sort, (page - 1) * limit, limit);
    return { items: items.map(toPairView), total, page, limit, programme: { id: programme.id, name: programme.name } };
  }

  /**
   * Proposes the reviewed pairs, best first, in one transaction under the programme's round lock:
   * each is evaluated again as a match request would be (someone matched, suspended or out of the
   * programme meanwhile, a host full or with lapsed checks) and skipped with its rule if it fails.
   */
  async commit(staff: UserEntity, runId: string): Promise<CommitRunView> {
    const { run, programme } = await this.visibleRun(staff, runId);
    this.assertReviewable(run, 'commit');
    if (programme.status !== 'open') throw matchingErrors.refusal('matching.programme-not-open', `The programme ${programme.name} is not open, so nobody is matched in it`);
    const busy = () => matchingErrors.refusal('matching.run-in-progress', 'A matching round of this programme is running; commit once it has finished');
    const outcome = await this.runs.withRoundLock(programme.id, () => this.uow.transaction(() => this.commitLocked(staff, run, programme)), busy);
    const updated = (await this.runs.findById(runId)) ?? run;
    return { run: toRunView(updated), ...outcome };
  }

  async discard(staff: UserEntity, runId: string): Promise<void> {
    const { run, programme } = await this.visibleRun(staff, runId);
    this.assertReviewable(run, 'discard');
    await this.uow.transaction(async () => {
      if (!(await this.runs.closeReview(run.id, 'discarded', this.clock.now()))) this.refuseClosed(run.id);
      await this.pairs.deleteOfRun(run.id);
      await this.audit.append({ actorId: staff.id, action: 'matching.run.discard', targetType: 'matching-run', targetId: run.id, note: programme.name, organisationId: programme.organisationId });
    });
  }

  private async commitLocked(staff: UserEntity, run: MatchingRunEntity, programme: RoundProgramme): Promise<Pick<CommitRunView, 'committed' | 'skipped'>> {
    const now = this.clock.now();
    if (!(await this.runs.closeReview(run.id, 'committed', now))) this.refuseClosed(run.id);
    const reviewed = await this.pairs.findAllRanked(run.id);
    await this.matches.lockHosts([...new Set(reviewed.map((p) => p.host.id))]);
    const committed: CommittedPairView[] = [];
    const skipped: SkippedPairView[] = [];
    const rules = pairProgrammeOf(programme.rules);
    const terms = matchTermsOf(programme.rules);
    for (const pair of reviewed) {
      // One pair at a time in the transaction, so each sees the proposals made before it.
      const migrant = await this.candidates.findPerson(pair.migrant.id, now);
      const host = await this.candidates.findPerson(pair.host.id, now);
      const excluded = await this.candidates.isPairExcluded(pair.migrant.id, pair.host.id);
      const decision =
        migrant === null || host === null
          ? ({ propose: false, reason: 'inactive-or-incomplete' } as const)
          : commitDecision(evaluatePair(toPairSide(inProgramme(migrant, programme.id)), toPairSide(inProgramme(host, programme.id)), { excluded, programme: rules }, now), this.config.matchMinScore);
      if (!decision.propose) {
        skipped.push({ ...toPairView(pair), code: `matching.${decision.reason}`, message: SKIP_MESSAGES[decision.reason] });
        continue;
      }
      const [match] = await this.lifecycle.propose([
        { programmeId: programme.id, ...terms, migrantId: pair.migrant.id, hostId: pair.host.id, score: decision.score, reasons: decision.reasons, proposedBy: null, runId: run.id, acceptedByMigrant: false, acceptedByHost: false },
      ]);
      committed.push({ ...toPairView(pair), score: decision.score, reasons: match.reasons, matchId: match.id });
    }
    await this.pairs.deleteOfRun(run.id);
    await this.audit.append({
      actorId: staff.id,
      action: 'matching.run.commit',
      targetType: 'matching-run',
      targetId: run.id,
      note: `${committed.length} proposed, ${skipped.length} skipped`,
      organisationId: programme.organisationId,
    });
    return { committed, skipped };
  }

  /** The run and its programme, when the caller's organisation runs the programme; 404 otherwise. */
  private async visibleRun(staff: UserEntity, runId: string): Promise<{ run: MatchingRunEntity; programme: RoundProgramme }> {
    const run = await this.runs.findById(runId);
    if (run === null) throw matchingErrors.notFound('matching run');
    await this.access.programme(staff, run.programmeId, () => matchingErrors.notFound('matching run'));
    const programme = await this.candidates.findProgramme(run.programmeId);
    if (programme === null) throw matchingErrors.notFound('matching run');
    return { run, programme };
  }

  private assertReviewable(run: MatchingRunEntity, action: 'commit' | 'discard'): void {
    const refusal = reviewRefusal(run, this.clock.now(), action);
    if (refusal !== null) throw matchingErrors.refusal(`matching.${refusal}`, REFUSAL_MESSAGES[refusal]);
  }

  /** Another request committed or discarded the run between the check and the update. */
  private refuseClosed(runId: string): never {
    throw matchingErrors.refusal('matching.run-committed', `${REFUSAL_MESSAGES['run-committed']} (${runId})`);
  }
}

function toPairView(pair: RunPairRow): RunPairView {
  return {
    id: pair.id,
    rank: pair.rank,
    migrant: pair.migrant,
    host: pair.host,
    score: pair.score,
    reasons: pair.reasons,
    migrantWaitingSince: new Date(pair.migrantWaitingSince).toISOString(),
  };
}
