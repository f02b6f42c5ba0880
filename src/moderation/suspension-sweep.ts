import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { JobQueue } from '../jobs/job-queue.js';
import { SuspensionsRepository } from './suspensions.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * Ends suspensions whose time is up, on the job queue's schedule (src/jobs/job-catalogue.ts).
 * (Until it runs, the auth guard already treats an ended suspension as over.)
 */
@Injectable()
export class SuspensionSweep implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly suspensions: SuspensionsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('moderation.end-suspensions', () => this.runOnce());
  }

  /** Lifts every suspension due now; returns whose. */
  runOnce(): Promise<string[]> {
    return this.uow.transaction(async () => {
      const lifted = await this.suspensions.liftDue(this.clock.now());
      for (const userId of lifted) {
        // The suspension ends in the organisation whose staff suspended the person.
        const organisationId = await this.audit.latestOrganisationOf('user.suspend', userId);
        await this.audit.append({ actorId: null, action: 'user.suspension-ended', targetType: 'user', targetId: userId, note: 'The suspension ran its term', organisationId });
      }
      return lifted;
    });
  }
}
