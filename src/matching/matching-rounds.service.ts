import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { DEFAULT_PROGRAMME_ID } from '../organisations/domain/programme.js';
import { performance } from 'node:perf_hooks';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { MatchLifecycle } from '../matches/match-lifecycle.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { CandidatesRepository, type RoundProgramme } from './candidates.repository.js';
import type { CompactAssignmentResult } from './domain/assignment.js';
import { toPairSide } from './domain/candidate-row.js';
import type { PairSide } from './domain/pair.js';
import { joinSolutions, splitIntoPieces, toWholeEdges } from './domain/round-components.js';
import type { RoundEdges } from './domain/round-edges.js';
import type { CandidateLimits } from './domain/reachable-pairs.js';
import { assembleRoundGraph, assignmentProblemOf, openSlotsOf, ROUND_CANDIDATES, type RoundGraph } from './domain/round-graph.js';
import { explainChosenPairsInSteps, totalScore, type RoundProposal } from './domain/round-proposals.js';
import { inTurns, nextTurn } from '../common/in-turns.js';
import type { RunView } from './dto/matching.dto.js';
import { matchingErrors } from './matching-errors.js';
import type { MatchingRunEntity } from './matching-run.entity.js';
import { MatchingRunsRepository, type RunFigures, type RunProgress } from './matching-runs.repository.js';
import { matchTermsOf, pairProgrammeOf } from './programme-terms.js';
import { MatchingRunPairsRepository } from './matching-run-pairs.repository.js';
import { reviewableUntil, scoreHistogram } from './domain/round-review.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { evaluateAsRead } from './evaluate-as-read.js';
import { PackedRoundPeople } from './round-people.js';
import { ProgressReporter } from './round-progress.js';
import { HOSTS_PER_MESSAGE } from './round-tasks.js';
import { startRoundEvaluators, startRoundSolvers, type RoundEvaluators, type RoundSolvers } from './round-workers.js';

export const ROUND_ALGORITHM = 'min-cost-flow (successive shortest paths)';
/** How long the POST waits for a round before answering with status 'running'. */
const ANSWER_WITHIN_MS = 1_500;
/** A 'running' row older than this, with nobody holding the round lock, was left by a dead process. */
const STALE_AFTER_MS = 30 * 60 * 1000;
/** How often a caller waiting for a round looks at its row. */
const POLL_MS = 100;
/** Migrants read, and sent to be evaluated, per batch: the keyset page of the round's people query. */
const MIGRANT_BATCH = 2_000;
/**
 * From this many candidate pairs on, the evaluating threads (each holding every host) end before
 * the solve, which starts threads of its own: a big round's peak memory drops by the hosts held
 * twice; a small round keeps its threads, saving their start.
 */
const OWN_SOLVERS_FROM_PAIRS = 500_000;

function solveOnThreadsOfTheirOwn(pairs: number): boolean {
  return pairs >= OWN_SOLVERS_FROM_PAIRS;
}

/** Components up to this many candidate pairs are packed into one piece to solve (see round-components.ts). */
const PACK_UP_TO_EDGES = 50_000;

/** Where a round's progress goes while it computes; planRound outside a run reports nowhere. */
export type ProgressSink = (progress: RunProgress) => Promise<void>;

export interface RoundPlan {
  graph: RoundGraph;
  solution: CompactAssignmentResult;
  proposals: RoundProposal[];
  /** Connected components of the candidate graph, and the people in the largest. */
  components: number;
  largestComponent: number;
  /** Worker threads the round ran on; 0 when it ran in process. */
  threads: number;
}

interface SolvedRound {
  solution: CompactAssignmentResult;
  components: number;
  largestComponent: number;
}

/**
 * Globally optimal matching rounds, one programme each: its active members under its rules. One
 * round of a programme at a time (rounds of different programmes run side by side), computed by a job-queue worker of whichever
 * process takes it (so a round survives the restart of the process that started it), written at once.
 */
@Injectable()
export class MatchingRoundsService implements OnModuleInit {
  private readonly logger = new Logger('MatchingRounds');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly runs: MatchingRunsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly matches: MatchesRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly access: OrganisationAccess,
    private readonly pairs: MatchingRunPairsRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('matching.run-round', (data) => this.executeQueued(String(data.runId)));
  }

  /**
   * Starts a round of the programme (the default one when none is named) and answers when it is
   * done or after ~1.5 s, whichever comes first. Staff of another organisation get a 404.
   */
  async startRun(staff: UserEntity, dryRun: boolean, programmeId: string = DEFAULT_PROGRAMME_ID): Promise<RunView> {
    await this.access.programme(staff, programmeId, () => matchingErrors.notFound('programme'));
    const programme = await this.candidates.findProgramme(programmeId);
    if (programme === null) throw matchingErrors.notFound('programme');
    if (programme.status !== 'open') throw matchingErrors.refusal('matching.programme-not-open', `The programme ${programme.name} is not open, so nobody is matched in it`);
    const { run, done } = await this.launch(staff.id, dryRun, programmeId);
    await Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS).unref())]);
    return toRunView((await this.runs.findById(run.id)) ?? run);
  }

  /** Starts a round and waits for it to end (benchmarks, CLI). */
  async runToCompletion(createdBy: string | null, dryRun: boolean, programmeId: string = DEFAULT_PROGRAMME_ID): Promise<MatchingRunEntity> {
    const { run, done } = await this.launch(createdBy, dryRun, programmeId);
    await done;
    const finished = await this.runs.findById(run.id);
    if (finished === null) throw new Error(`matching run ${run.id} vanished`);
    return finished;
  }

  /** A round of a programme the caller's organisation runs; any other answers 404. */
  async getRun(staff: UserEntity, id: string): Promise<RunView> {
    const run = await this.runs.findById(id);
    if (run === null) throw matchingErrors.notFound('matching run');
    await this.access.programme(staff, run.programmeId, () => matchingErrors.notFound('matching run'));
    return toRunView(run);
  }

  /**
   * Builds and solves the programme's round without writing anything: hosts read first, then the
   * migrants in keyset batches, each batch evaluated (on the worker threads) while the next is
   * read; the candidate graph then split into its connected components, solved side by side.
   * `candidates` bounds each migrant's candidates (the benchmark measures what the bound costs).
   */
  async planRound(
    now: Date,
    programmeId: string = DEFAULT_PROGRAMME_ID,
    report: ProgressSink = () => Promise.resolve(),
    candidates: CandidateLimits = ROUND_CANDIDATES,
  ): Promise<RoundPlan & { programme: RoundProgramme }> {
    const programme = await this.candidates.findProgramme(programmeId);
    if (programme === null) throw matchingErrors.notFound('programme');
    const progress = new ProgressReporter(report);
    await progress.set({ phase: 'reading', candidatePairs: 0, components: null, componentsSolved: 0 }, true);
    const hosts = new PackedRoundPeople();
    const { hostSlots, evaluators } = await this.startEvaluators(programme, now, hosts, candidates);
    let solved: SolvedRound;
    let graph: RoundGraph;
    try {
      graph = await this.evaluateMigrants(programme, hosts, hostSlots, evaluators, now, progress);
      const solvers = solveOnThreadsOfTheirOwn(graph.edges.count) ? startRoundSolvers(this.config.roundWorkers) : evaluators;
      try {
        solved = await this.solveByComponents(graph, solvers, progress);
      } finally {
        await solvers.close();
      }
    } finally {
      await evaluators.close();
    }
    const proposals = await inTurns(explainChosenPairsInSteps(graph, solved.solution.chosenEdges, now, pairProgrammeOf(programme.rules)));
    return { graph, ...solved, proposals, programme, threads: evaluators.threads };
  }

  /**
   * Reads the round's hosts, keeps them packed in `hosts` and starts the evaluating threads with
   * them, in parts; the hosts read whole are let go on return.
   */
  private async startEvaluators(programme: RoundProgramme, now: Date, hosts: PackedRoundPeople, candidates: CandidateLimits): Promise<{ hostSlots: Int32Array; evaluators: RoundEvaluators & RoundSolvers }> {
    const read = (await this.candidates.findRoundPeople('host', programme, now)).map(toPairSide);
    const parts: Uint8Array[] = [];
    for (let first = 0; first < read.length; first += HOSTS_PER_MESSAGE) {
      parts.push(hosts.add(read.slice(first, first + HOSTS_PER_MESSAGE)));
      // A big round has hundreds of parts: the API is answered between them.
      await nextTurn();
    }
    const excludedKeys = [...(await this.candidates.findExcludedPairKeys())];
    const setup = { hosts: parts, excludedKeys, now, minScore: this.config.matchMinScore, rules: programme.rules, candidates };
    return { hostSlots: openSlotsOf(read), evaluators: startRoundEvaluators(setup, this.config.roundWorkers) };
  }

  /**
   * The migrants, read a batch at a time, each batch's pairs evaluated as it comes (the batch kept
   * packed), and the graph they make with the hosts (the batches' edges joined, and let go of
   * before the solve). On a failure, and when the solve gets threads of its own, the evaluating
   * threads end as soon as the last batch is in: each holds the hosts.
   */
  private async evaluateMigrants(
    programme: RoundProgramme,
    hosts: PackedRoundPeople,
    hostSlots: Int32Array,
    evaluators: RoundEvaluators,
    now: Date,
    progress: ProgressReporter,
  ): Promise<RoundGraph> {
    const migrants = new PackedRoundPeople();
    let slices: RoundEdges[];
    let pairs = 0;
    let after: string | null = null;
    let lastRead = false;
    const readNext = async (): Promise<PairSide[] | null> => {
      if (lastRead) return null;
      const batch = (await this.candidates.findRoundPeople('migrant', programme, now, { after, limit: MIGRANT_BATCH })).map(toPairSide);
      lastRead = batch.length < MIGRANT_BATCH;
      if (batch.length === 0) return null;
      after = batch[batch.length - 1].person.id;
      return batch;
    };
    try {
      await progress.set({ phase: 'evaluating' }, true);
      slices = await evaluateAsRead(readNext, async (batch) => {
        const firstIndex = migrants.length;
        const edges = await evaluators.evaluate(migrants.add(batch), firstIndex);
        pairs += edges.count;
        await progress.set({ candidatePairs: pairs });
        return edges;
      });
    } catch (error) {
      // Closing fails the slices still being evaluated; the round fails once, with this error.
      await evaluators.close();
      throw error;
    }
    if (solveOnThreadsOfTheirOwn(pairs)) await evaluators.close();
    await progress.set({ candidatePairs: pairs }, true);
    return assembleRoundGraph(migrants, hosts, hostSlots, slices);
  }

  /** The graph's independent pieces solved side by side. */
  private async solveByComponents(graph: RoundGraph, solvers: RoundSolvers, progress: ProgressReporter): Promise<SolvedRound> {
    const problem = assignmentProblemOf(graph);
    const { pieces, components } = splitIntoPieces(problem, PACK_UP_TO_EDGES);
    await progress.set({ phase: 'solving', components: components.count, componentsSolved: 0 }, true);
    let solved = 0;
    const chosen = await Promise.all(
      pieces.map(async (piece) => {
        const wholeEdges = toWholeEdges(piece, await solvers.solve(piece.problem));
        solved += piece.components;
        await progress.set({ componentsSolved: solved });
        return wholeEdges;
      }),
    );
    await progress.set({ componentsSolved: solved }, true);
    const largestComponent = components.nodeCount.reduce((largest, people) => Math.max(largest, people), 0);
    return { solution: joinSolutions(problem, chosen), components: components.count, largestComponent };
  }

  private async launch(createdBy: string | null, dryRun: boolean, programmeId: string): Promise<{ run: MatchingRunEntity; done: Promise<void> }> {
    const now = this.clock.now();
    await this.runs.failStaleRunsIfIdle(programmeId, new Date(now.getTime() - STALE_AFTER_MS), now);
    let run: MatchingRunEntity;
    try {
      run = await this.runs.startRun({ programmeId, dryRun, createdBy, algorithm: ROUND_ALGORITHM, createdAt: now });
    } catch (error) {
      if (isUniqueViolation(error)) throw matchingErrors.refusal('matching.run-in-progress', 'A matching round is already running');
      throw error;
    }
    await this.jobs.send('matching.run-round', { runId: run.id, programmeId });
    return { run, done: this.settled(run.id) };
  }

  /** Resolves once the round's row is no longer 'running'. */
  private async settled(runId: string): Promise<void> {
    for (;;) {
      const run = await this.runs.findById(runId);
      if (run === null || run.status !== 'running') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** A queued round; a redelivered job finds its round already settled and does nothing. */
  private async executeQueued(runId: string): Promise<void> {
    const run = await this.runs.findById(runId);
    if (run?.status === 'running') await this.execute(run);
  }

  /** Never rejects: a failure is recorded on the run, so no row stays 'running'. */
  private async execute(run: MatchingRunEntity): Promise<void> {
    const started = performance.now();
    try {
      const figures = await this.runs.withRoundLock(run.programmeId, () => this.compute(run, started));
      await this.runs.finish(run.id, figures, this.clock.now());
    } catch (error) {
      this.logger.error({ err: error, runId: run.id }, 'Matching round failed');
      const message = error instanceof Error ? error.message : String(error);
      await this.runs.fail(run.id, message, Math.round(performance.now() - started), this.clock.now()).catch((failure: unknown) => {
        this.logger.error({ err: failure, runId: run.id }, 'Could not record the failed matching round');
      });
    }
  }

  private async compute(run: MatchingRunEntity, started: number): Promise<RunFigures> {
    // Only what is written is kept: the graph (a big round's candidate pairs) is let go first.
    const { proposals, programme, graph: { participants } } = await this.planRound(this.clock.now(), run.programmeId, (progress) => this.recordProgress(run.id, progress));
    await this.recordProgress(run.id, { phase: 'writing' });
    const proposed = run.dryRun ? await this.keepForReview(run.id, proposals) : await this.propose(run.id, programme, proposals);
    return {
      participants,
      proposals: proposed.length,
      totalScore: totalScore(proposed),
      durationMs: Math.round(performance.now() - started),
      scoreHistogram: scoreHistogram(proposed.map((p) => p.score)),
    };
  }

  /** Progress is for people watching: a write that fails is logged, and the round goes on. */
  private async recordProgress(runId: string, progress: RunProgress): Promise<void> {
    await this.runs.recordProgress(runId, progress).catch((error: unknown) => {
      this.logger.warn({ err: error, runId }, 'Could not record the matching round\'s progress');
    });
  }

  /** A dry run keeps the pairs it would propose, best first, for staff to review and commit. */
  private async keepForReview(runId: string, proposals: RoundProposal[]): Promise<RoundProposal[]> {
    const ranked = [...proposals].sort((a, b) => b.score - a.score || a.migrantId.localeCompare(b.migrantId));
    await this.pairs.insertAll(
      runId,
      ranked.map((p, index) => ({ ...p, rank: index + 1 })),
    );
    return ranked;
  }

  /**
   * All proposals in one transaction. People may have been matched while the round computed:
   * under the hosts' row locks, pairs whose migrant got a match or whose host ran out of slots
   * are dropped rather than failing the whole round.
   */
  private async propose(runId: string, programme: RoundProgramme, proposals: RoundProposal[]): Promise<MatchEntity[]> {
    const inserted = await this.uow.transaction(async () => {
      const hostIds = [...new Set(proposals.map((p) => p.hostId))];
      await this.matches.lockHosts(hostIds);
      const openByHost = await this.matches.countOpenMatchesByHost(hostIds);
      const busyMigrants = await this.matches.findMigrantsWithOpenMatch(proposals.map((p) => p.migrantId), programme.id);
      const capacities = await this.candidates.hostCapacities(hostIds);
      const stillFree = proposals.filter((proposal) => {
        const open = openByHost.get(proposal.hostId) ?? 0;
        if (busyMigrants.has(proposal.migrantId) || open >= (capacities.get(proposal.hostId) ?? 0)) return false;
        openByHost.set(proposal.hostId, open + 1);
        return true;
      });
      const terms = matchTermsOf(programme.rules);
      const rows = stillFree.map(({ migrantId, hostId, score, reasons }) => ({ migrantId, hostId, score, reasons, programmeId: programme.id, ...terms, proposedBy: null, runId, acceptedByMigrant: false, acceptedByHost: false }));
      return this.lifecycle.propose(rows);
    });
    return inserted;
  }
}

export function toRunView(run: MatchingRunEntity): RunView {
  return {
    id: run.id,
    programmeId: run.programmeId,
    status: run.status,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    participants: run.participants,
    proposals: run.proposals,
    totalScore: run.totalScore,
    algorithm: run.algorithm,
    durationMs: run.durationMs,
    dryRun: run.dryRun,
    scoreHistogram: run.scoreHistogram,
    committedAt: run.committedAt?.toISOString() ?? null,
    discardedAt: run.discardedAt?.toISOString() ?? null,
    reviewableUntil: reviewableUntil(run)?.toISOString() ?? null,
    phase: run.phase,
    candidatePairs: run.candidatePairs,
    components: run.components,
    componentsSolved: run.componentsSolved,
  };
}
