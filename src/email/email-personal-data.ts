import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RetentionRegistry } from '../privacy/retention.registry.js';
import { EmailPreferencesRepository } from './email-preferences.repository.js';
import { EmailTokensRepository } from './email-tokens.repository.js';
import { EmailsRepository } from './emails.repository.js';

/** Emails sent to a person (type, subject, state: no bodies are kept) and their preferences. */
@Injectable()
export class EmailPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly emails: EmailsRepository,
    private readonly preferences: EmailPreferencesRepository,
    private readonly tokens: EmailTokensRepository,
    private readonly retention: RetentionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'emails',
      eraseOrder: 50,
      export: async (userId) => ({
        sent: (await this.emails.findRecentOf(userId, 1000)).map(({ id, type, subject, state, createdAt, sentAt }) => ({ id, type, subject, state, createdAt, sentAt })),
        turnedOff: [...(await this.preferences.turnedOffOf(userId))],
      }),
      erase: async (userId) => {
        await this.emails.deleteAllOf(userId);
        await this.preferences.deleteAllOf(userId);
        await this.tokens.deleteAllOf(userId);
      },
    });
    this.retention.register({
      name: 'emails',
      keepDays: this.config.retention.emailDays,
      sweepBatch: (cutoff, limit) => this.emails.deleteSettledBefore(cutoff, limit),
    });
  }
}
