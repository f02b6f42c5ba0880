import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import type { MatchEntity } from './match.entity.js';
import { MatchLifecycle } from './match-lifecycle.js';
import { MatchesRepository } from './matches.repository.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';

/**
 * A person's matches and the exclusions they made. Erasure closes their open matches (a proposal
 * is declined, an active match ended, as the state machine allows, with reason `account-erased`),
 * and forgets the free text they wrote; the rows stay so partners keep their history.
 */
@Injectable()
export class MatchPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly matches: MatchesRepository,
    private readonly exclusions: PairExclusionsRepository,
    private readonly lifecycle: MatchLifecycle,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'matches',
      eraseOrder: 100,
      export: (userId) => this.exportOf(userId),
      erase: (userId) => this.erase(userId),
    });
  }

  /** Inside the erasure's unit of work: the closings' events commit with it. */
  private async erase(userId: string): Promise<void> {
    await this.lifecycle.leave(await this.matches.findOpenOfForUpdate(userId), userId, 'account-erased', null);
    await this.matches.forgetNotesBy(userId);
    await this.exclusions.forgetReasonsBy(userId);
  }

  private async exportOf(userId: string): Promise<unknown> {
    // One after the other: the embedded database serves one statement stream at a time.
    const matches = await this.matches.findMatchesOf(userId);
    const exclusions = await this.exclusions.findCreatedBy(userId);
    return {
      matches: matches.map((match) => exportMatch(match, userId)),
      exclusions: exclusions.map((e) => ({ kind: e.kind, otherUserId: e.userLow === userId ? e.userHigh : e.userLow, reason: e.reason, createdAt: e.createdAt.toISOString() })),
    };
  }
}

/** What the person did in a match; the partner is named by id only. */
function exportMatch(match: MatchEntity, userId: string): Record<string, unknown> {
  const closedByMe = match.closedBy === userId;
  return {
    id: match.id,
    role: match.migrantId === userId ? 'migrant' : 'host',
    partnerId: match.migrantId === userId ? match.hostId : match.migrantId,
    status: match.status,
    acceptedByMe: match.migrantId === userId ? match.acceptedByMigrant : match.acceptedByHost,
    createdAt: match.createdAt.toISOString(),
    activatedAt: match.activatedAt?.toISOString() ?? null,
    endedAt: match.endedAt?.toISOString() ?? null,
    closedByMe,
    closeReason: closedByMe ? match.closeReason : null,
    closeNote: closedByMe ? match.closeNote : null,
  };
}
