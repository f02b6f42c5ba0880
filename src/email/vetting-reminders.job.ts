import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue } from '../jobs/job-queue.js';
import { addDays, dayOf, EXPIRY_NOTICE_DAYS } from '../organisations/domain/vetting-checks.js';
import { VettingChecksRepository } from '../organisations/vetting-checks.repository.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailQueue } from './email-queue.js';

/**
 * The daily `vetting.remind-expiring`: each organisation's coordinators hear by email of their
 * volunteers' checks expiring within 30 days. A check is claimed (its `reminded_for` set to its
 * expiry day) in the transaction that queues the emails, so a rerun, a second process or a retry
 * reminds nobody twice; a renewed check has a new expiry day and is reminded again when it nears.
 */
@Injectable()
export class VettingRemindersJob implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly checks: VettingChecksRepository,
    private readonly facts: EmailFactsRepository,
    private readonly queue: EmailQueue,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('vetting.remind-expiring', () => this.remindExpiring());
  }

  /** Answers how many emails were queued. */
  async remindExpiring(): Promise<number> {
    const today = dayOf(this.clock.now());
    return this.uow.transaction(async () => {
      let queued = 0;
      const coordinators = new Map<string, string[]>();
      for (const check of await this.checks.claimDueReminders(today, addDays(today, EXPIRY_NOTICE_DAYS))) {
        const recipients = coordinators.get(check.organisationId) ?? (await this.facts.coordinatorsOf(check.organisationId));
        coordinators.set(check.organisationId, recipients);
        for (const userId of recipients) {
          const data = { checkId: check.id, volunteerId: check.userId, kind: check.kind, expiresOn: check.expiresOn };
          if (await this.queue.enqueue({ userId, type: 'vetting.check-expiring', idempotencyKey: `vetting.check-expiring:${check.id}:${check.expiresOn}:${userId}`, data })) queued += 1;
        }
      }
      return queued;
    });
  }
}
