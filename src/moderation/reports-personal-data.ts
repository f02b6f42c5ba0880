import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * Reports a person filed are theirs to see. Erasure keeps them: they are safeguarding records
 * about someone else, and the erased account itself no longer identifies the reporter.
 */
@Injectable()
export class ReportsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly reports: ReportsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'reportsFiled', eraseOrder: 500, export: (userId) => this.exportFiled(userId), erase: () => Promise.resolve() });
  }

  private async exportFiled(userId: string): Promise<unknown> {
    const filed = await this.reports.findFiledBy(userId);
    return filed.map((r) => ({ id: r.id, reason: r.reason, details: r.details, messageId: r.messageId, matchId: r.matchId, userId: r.userId, status: r.status, createdAt: r.createdAt }));
  }
}
