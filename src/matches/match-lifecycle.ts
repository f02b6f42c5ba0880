import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Outbox } from '../outbox/outbox.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { CloseReason, DeclineReason } from './domain/close-reasons.js';
import { leaveEvent } from './domain/leave-match.js';
import { applyMatchEvent, type MatchActorKind, type MatchEvent, type MatchTransitionOk } from './domain/match-state.js';
import type { MatchEntity } from './match.entity.js';
import { applyTransition, matchChangeEvents, type MatchChange } from './match-outcome.js';
import { MatchesRepository, type NewProposal } from './matches.repository.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';
import { matchErrors, matchRefusal } from './match-errors.js';

/** Who changes a match: a participant, staff, or (for expiry) nobody. */
export interface MatchActorRef {
  id: string;
  kind: Exclude<MatchActorKind, 'system'>;
}

const BATCH_SIZE = 500;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * The only way a match changes state. Each transition runs in the caller's unit of work (or one
 * of its own) with the match row locked, asks the pure state machine, writes the row, audits what
 * staff did, and records the events in the outbox with the change, so they go out exactly when it
 * commits. Participants' requests, staff moderation, blocks, account erasure, expiry and matching
 * rounds all come through here.
 */
@Injectable()
export class MatchLifecycle {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly exclusions: PairExclusionsRepository,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly organisations: OrganisationAccess,
  ) {}

  /** New proposals (a person's request, or a round's), told as `match.proposed`. */
  async propose(proposals: readonly NewProposal[]): Promise<MatchEntity[]> {
    return this.uow.transaction(async () => {
      const inserted = proposals.length === 1 ? [await this.matches.insertProposal(proposals[0])] : await this.matches.insertProposals(proposals);
      await this.outbox.recordAll(
        'match.proposed',
        inserted.map((match) => ({ matchId: match.id, migrantId: match.migrantId, hostId: match.hostId, proposedBy: match.proposedBy })),
      );
      return inserted;
    });
  }

  /** Becomes active once both sides accepted; the host's free places are checked under a lock on the host. */
  accept(matchId: string, actor: MatchActorRef): Promise<MatchEntity> {
    return this.change(matchId, actor, async (match) => {
      const result = this.decide(match, { type: 'accept', by: actor.kind, expiryCheck: this.expiryCheck() });
      if (result.effects.includes('activated')) await this.ensureHostHasRoom(match.hostId);
      return applyTransition(match, result, { now: this.clock.now(), actorId: actor.id });
    });
  }

  /** Declining is remembered: the pair is never proposed again. */
  decline(matchId: string, actor: MatchActorRef, reasonCode: DeclineReason | undefined, note: string | undefined): Promise<MatchEntity> {
    return this.change(matchId, actor, async (match) => {
      const result = this.decide(match, { type: 'decline', by: actor.kind, expiryCheck: this.expiryCheck() });
      const change = applyTransition(match, result, { now: this.clock.now(), actorId: actor.id, reason: reasonCode ?? null, note: note ?? null });
      await this.exclusions.record({ userA: match.migrantId, userB: match.hostId, kind: 'declined', createdBy: actor.id, reason: reasonCode ?? null });
      return change;
    });
  }

  /**
   * Either participant, or staff, ends an active match. Staff ending it directly is audited as
   * `match.end`; a report resolution that ends one is audited as the resolution (`auditedAs: 'report'`).
   */
  end(matchId: string, actor: MatchActorRef, note: string | undefined, auditedAs: 'match' | 'report' = 'match'): Promise<MatchEntity> {
    return this.change(matchId, actor, async (match) => {
      const result = this.decide(match, { type: 'end', by: actor.kind });
      const change = applyTransition(match, result, { now: this.clock.now(), actorId: actor.id, note: note ?? null });
      if (actor.kind === 'staff' && auditedAs === 'match') {
        // A match is in one organisation's programme, whoever ends it: the target decides.
        const organisationId = await this.organisations.auditOrganisation(null, { type: 'match', id: match.id });
        await this.audit.append({ actorId: actor.id, action: 'match.end', targetType: 'match', targetId: match.id, note: note ?? null, organisationId });
      }
      return change;
    });
  }

  /**
   * A participant leaves every open match in the list (blocking someone, erasing the account):
   * proposals are declined, active matches ended. The caller's unit of work holds the rows' locks.
   */
  async leave(open: readonly MatchEntity[], participantId: string, reason: CloseReason, note: string | null): Promise<MatchEntity[]> {
    const now = this.clock.now();
    const closed: MatchEntity[] = [];
    for (const match of open) {
      const event = leaveEvent(match.status, match.migrantId === participantId ? 'migrant' : 'host');
      if (event === null) continue;
      const result = this.decide(match, event);
      closed.push(await this.commit(applyTransition(match, result, { now, actorId: participantId, reason, note })));
    }
    return closed;
  }

  /** Expires one batch of proposals nobody answered in time; answers them (fewer than a batch: done). */
  expireDue(): Promise<MatchEntity[]> {
    const now = this.clock.now();
    const ttlDays = this.config.matchProposalTtlDays;
    return this.uow.transaction(async () => {
      const candidates = await this.matches.findProposalsCreatedUpToForUpdate(new Date(now.getTime() - ttlDays * MS_PER_DAY), BATCH_SIZE);
      const expired: MatchEntity[] = [];
      for (const match of candidates) {
        // The query narrows the rows; the state machine has the last word on each.
        const result = applyMatchEvent(match, { type: 'expire', now, ttlDays });
        if (result.ok) expired.push(await this.commit(applyTransition(match, result, { now, actorId: null })));
      }
      return expired;
    });
  }

  /**
   * Ends one batch of active matches whose programme time is over, as the system, with reason
   * `match-weeks-over` (no staff audit: nobody decided it); answers them (fewer than a batch: done).
   */
  endPastTheirWeeks(): Promise<MatchEntity[]> {
    const now = this.clock.now();
    return this.uow.transaction(async () => {
      const ended: MatchEntity[] = [];
      for (const match of await this.matches.findPastTheirWeeksForUpdate(now, BATCH_SIZE)) {
        const result = applyMatchEvent(match, { type: 'end', by: 'system' });
        if (result.ok) ended.push(await this.commit(applyTransition(match, result, { now, actorId: null, reason: 'match-weeks-over' })));
      }
      return ended;
    });
  }

  get expiryBatchSize(): number {
    return BATCH_SIZE;
  }

  private change(matchId: string, actor: MatchActorRef, work: (match: MatchEntity) => Promise<MatchChange>): Promise<MatchEntity> {
    return this.uow.transaction(async () => {
      const match = await this.matches.findByIdForUpdate(matchId);
      if (match === null) throw matchErrors.notFound('match');
      if (actor.kind !== 'staff' && actor.id !== (actor.kind === 'migrant' ? match.migrantId : match.hostId)) throw matchErrors.notFound('match');
      return this.commit(await work(match));
    });
  }

  /** Saves the changed row and records what happened, in the same unit of work. */
  private async commit(change: MatchChange): Promise<MatchEntity> {
    const saved = await this.matches.save(change.match);
    for (const [name, payload] of matchChangeEvents({ ...change, match: saved })) await this.outbox.record(name, payload);
    return saved;
  }

  private decide(match: MatchEntity, event: MatchEvent): MatchTransitionOk {
    const result = applyMatchEvent(match, event);
    if (!result.ok) throw matchRefusal(result);
    return result;
  }

  /** A proposal past its TTL is refused even before the expiry job has marked it. */
  private expiryCheck(): { now: Date; ttlDays: number } {
    return { now: this.clock.now(), ttlDays: this.config.matchProposalTtlDays };
  }

  /** Locks the host's row so two activations for one host are decided one after the other. */
  private async ensureHostHasRoom(hostId: string): Promise<void> {
    await this.users.lockById(hostId);
    const capacity = (await this.profiles.capacityOf(hostId)) ?? 0;
    const active = await this.matches.countActiveForHost(hostId);
    if (active >= capacity) {
      throw matchErrors.refusal('match.host-full', 'This volunteer has no free place right now', { capacity, active });
    }
  }
}
