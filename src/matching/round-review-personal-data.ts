import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RetentionRegistry } from '../privacy/retention.registry.js';
import { REVIEW_WINDOW_HOURS } from './domain/round-review.js';
import { MatchingRunPairsRepository } from './matching-run-pairs.repository.js';

/**
 * The pairs a dry run keeps for staff to review. Committing or discarding a run deletes them;
 * retention deletes whatever is left once the review window has passed (a day after the run), and
 * erasure deletes every pair a person is in.
 */
@Injectable()
export class RoundReviewPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly retention: RetentionRegistry,
    private readonly pairs: MatchingRunPairsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'roundReview', eraseOrder: 300, export: (userId) => this.exportOf(userId), erase: (userId) => this.pairs.deleteOf(userId) });
    this.retention.register({
      name: 'matchingRunPairs',
      keepDays: REVIEW_WINDOW_HOURS / 24,
      sweepBatch: (cutoff, limit) => this.pairs.deleteStoredBefore(cutoff, limit),
    });
  }

  private async exportOf(userId: string): Promise<unknown> {
    const pairs = await this.pairs.findOf(userId);
    return pairs.map((p) => ({ runId: p.runId, role: p.role, partnerId: p.partnerId, score: p.score, createdAt: p.createdAt.toISOString() }));
  }
}
