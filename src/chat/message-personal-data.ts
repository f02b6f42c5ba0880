import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RetentionRegistry } from '../privacy/retention.registry.js';
import { MessagesRepository } from './messages.repository.js';

/**
 * Messages a person sent (with their own text, even when hidden) and how far they read. Erasure keeps
 * each message's place in the other person's history but empties its body, shown as null from then on;
 * retention does the same to a whole conversation RETENTION_MESSAGE_DAYS after its match ended.
 */
@Injectable()
export class MessagePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly messages: MessagesRepository,
    private readonly retention: RetentionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'messages',
      eraseOrder: 500,
      export: (userId) => this.exportMessages(userId),
      erase: async (userId) => {
        await this.messages.eraseBodiesOf(userId);
        await this.messages.deleteReadPositionsOf(userId);
      },
    });
    this.retention.register({
      name: 'messages',
      keepDays: this.config.retention.messageDays,
      sweepBatch: (cutoff, limit, now) => this.messages.eraseBodiesOfMatchesEndedBefore(cutoff, limit, now),
    });
  }

  private async exportMessages(userId: string): Promise<unknown> {
    const [sent, reads] = await Promise.all([this.messages.findSentBy(userId), this.messages.findReadPositionsOf(userId)]);
    return {
      sent: sent.map((m) => ({
        id: m.id,
        matchId: m.matchId,
        seq: m.seq,
        clientId: m.clientId,
        body: m.bodyErased ? null : m.body,
        createdAt: m.createdAt.toISOString(),
        hiddenByStaffAt: m.hiddenAt?.toISOString() ?? null,
      })),
      readPositions: reads.map((r) => ({ matchId: r.matchId, lastReadSeq: r.lastReadSeq, updatedAt: r.updatedAt.toISOString() })),
    };
  }
}
