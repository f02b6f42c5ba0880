import { Injectable } from '@nestjs/common';
import { MatchAccess, Viewer } from '../access/match-access.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { DeclineReason } from './domain/close-reasons.js';
import type { MatchActorKind } from './domain/match-state.js';
import type { MatchView } from './dto/match.view.js';
import type { MatchEntity } from './match.entity.js';
import { MatchLifecycle, type MatchActorRef } from './match-lifecycle.js';
import { MatchViews } from './match-views.js';
import { MatchesRepository } from './matches.repository.js';

/** A match as its participants (and staff) see and drive it; every change goes through MatchLifecycle. */
@Injectable()
export class MatchesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchesRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly access: MatchAccess,
    private readonly views: MatchViews,
  ) {}

  async listMine(viewer: Viewer): Promise<MatchView[]> {
    return this.views.viewMany(await this.matches.findMatchesOf(viewer.id), viewer.id);
  }

  async getOne(viewer: Viewer, matchId: string): Promise<MatchView> {
    return this.views.viewOne(await this.access.visibleMatch(viewer, matchId), viewer.id);
  }

  accept(viewer: Viewer, matchId: string): Promise<MatchView> {
    return this.change(viewer, matchId, (actor) => this.lifecycle.accept(matchId, actor));
  }

  decline(viewer: Viewer, matchId: string, reasonCode: DeclineReason | undefined, note: string | undefined): Promise<MatchView> {
    return this.change(viewer, matchId, (actor) => this.lifecycle.decline(matchId, actor, reasonCode, note));
  }

  end(viewer: Viewer, matchId: string, reason: string | undefined): Promise<MatchView> {
    return this.change(viewer, matchId, (actor) => this.lifecycle.end(matchId, actor, reason));
  }

  /** Strangers are told the match does not exist (404) before anything else is looked at. */
  private async change(viewer: Viewer, matchId: string, work: (actor: MatchActorRef) => Promise<MatchEntity>): Promise<MatchView> {
    const changed = await this.uow.transaction(async () => {
      const match = await this.access.visibleMatch(viewer, matchId);
      return work({ id: viewer.id, kind: actorKind(match, viewer) });
    });
    return this.views.viewOne(changed, viewer.id);
  }
}

/** Who the viewer is in this match; access has already ruled out anyone but participants and staff. */
function actorKind(match: MatchEntity, viewer: Viewer): Exclude<MatchActorKind, 'system'> {
  if (viewer.id === match.migrantId) return 'migrant';
  if (viewer.id === match.hostId) return 'host';
  return 'staff';
}
