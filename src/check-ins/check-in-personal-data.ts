import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RetentionRegistry } from '../privacy/retention.registry.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { toCheckInView } from './check-ins.service.js';

/** A person's check-ins: exported whole; erasure forgets their comments (scores stay, unnamed by text, for the programme's figures). */
@Injectable()
export class CheckInPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly checkIns: CheckInsRepository,
    private readonly retention: RetentionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'checkIns',
      eraseOrder: 110,
      export: async (userId) => (await this.checkIns.findByUser(userId)).map(toCheckInView),
      erase: (userId) => this.checkIns.forgetCommentsBy(userId),
    });
    // A comment is part of the conversation about the match: it goes when the messages go.
    this.retention.register({
      name: 'checkInComments',
      keepDays: this.config.retention.messageDays,
      sweepBatch: (cutoff, limit) => this.checkIns.forgetCommentsOfMatchesEndedBefore(cutoff, limit),
    });
  }
}
