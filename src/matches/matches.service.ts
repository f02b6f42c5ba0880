import { Injectable } from '@nestjs/common';
import { MatchAccess, Viewer } from '../access/match-access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AppConfig } from '../config/app-config.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { DeclineReason } from './domain/close-reasons.js';
import { applyMatchEvent, MatchActorKind, MatchEvent, MatchTransitionOk, MatchTransitionResult } from './domain/match-state.js';
import type { MatchView } from './dto/match.view.js';
import type { MatchEntity } from './match.entity.js';
import { matchErrors, matchRefusal } from './match-errors.js';
import { MatchViews } from './match-views.js';
import { applyTransition, emitMatchChange, MatchChange } from './match-outcome.js';
import { MatchesRepository } from './matches.repository.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * The lifecycle of a match as its participants (and staff) drive it. Every change happens in one
 * transaction with the match row locked; events go out after commit.
 */
@Injectable()
export class MatchesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly exclusions: PairExclusionsRepository,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly access: MatchAccess,
    private readonly views: MatchViews,
    private readonly audit: AuditRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async listMine(viewer: Viewer): Promise<MatchView[]> {
    return this.views.viewMany(await this.matches.findMatchesOf(viewer.id), viewer.id);
  }

  async getOne(viewer: Viewer, matchId: string): Promise<MatchView> {
    return this.views.viewOne(await this.access.visibleMatch(viewer, matchId), viewer.id);
  }

  /** Becomes active once both sides accepted; the host's free places are checked under a lock on the host. */
  accept(viewer: Viewer, matchId: string): Promise<MatchView> {
    return this.change(viewer, matchId, async (match, by) => {
      const result = this.decide(match, { type: 'accept', by, expiryCheck: this.expiryCheck() });
      if (result.effects.includes('activated')) await this.ensureHostHasRoom(match.hostId);
      return applyTransition(match, result, { now: this.clock.now(), actorId: viewer.id });
    });
  }

  /** Declining is remembered: the pair is never proposed again. */
  decline(viewer: Viewer, matchId: string, reason: DeclineReason | undefined, note: string | undefined): Promise<MatchView> {
    return this.change(viewer, matchId, async (match, by) => {
      const result = this.decide(match, { type: 'decline', by, expiryCheck: this.expiryCheck() });
      const change = applyTransition(match, result, { now: this.clock.now(), actorId: viewer.id, reason: reason ?? null, note: note ?? null });
      await this.exclusions.record({ userA: match.migrantId, userB: match.hostId, kind: 'declined', createdBy: viewer.id, reason: reason ?? null });
      return change;
    });
  }

  /** Either participant, or staff (audited), may end an active match. */
  end(viewer: Viewer, matchId: string, reason: string | undefined): Promise<MatchView> {
    return this.change(viewer, matchId, async (match, by) => {
      const result = this.decide(match, { type: 'end', by });
      const change = applyTransition(match, result, { now: this.clock.now(), actorId: viewer.id, note: reason ?? null });
      if (by === 'staff') {
        await this.audit.append({ actorId: viewer.id, action: 'match.end', targetType: 'match', targetId: match.id, note: reason ?? null });
      }
      return change;
    });
  }

  private async change(
    viewer: Viewer,
    matchId: string,
    work: (match: MatchEntity, by: MatchActorKind) => Promise<MatchChange>,
  ): Promise<MatchView> {
    const change = await this.uow.transaction(async () => {
      await this.access.visibleMatch(viewer, matchId);
      const match = await this.matches.findByIdForUpdate(matchId);
      if (match === null) throw matchErrors.notFound('match');
      const outcome = await work(match, actorKind(match, viewer));
      await this.matches.save(outcome.match);
      return outcome;
    });
    emitMatchChange(this.events, change);
    return this.views.viewOne(change.match, viewer.id);
  }

  private decide(match: MatchEntity, event: MatchEvent): MatchTransitionOk {
    const result: MatchTransitionResult = applyMatchEvent(match, event);
    if (!result.ok) throw matchRefusal(result);
    return result;
  }

  /** A proposal past its TTL is refused even before the expiry sweep has marked it. */
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

/** Who the viewer is in this match; access has already ruled out anyone but participants and staff. */
function actorKind(match: MatchEntity, viewer: Viewer): MatchActorKind {
  if (viewer.id === match.migrantId) return 'migrant';
  if (viewer.id === match.hostId) return 'host';
  return 'staff';
}
