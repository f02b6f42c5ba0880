import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { SuspensionsRepository } from './suspensions.repository.js';

/**
 * Ends suspensions whose time is up. Runs on every process; the advisory lock lets one do the
 * work at a time. (Until it runs, the auth guard already treats an ended suspension as over.)
 */
@Injectable()
export class SuspensionSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SuspensionSweep.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suspensions: SuspensionsRepository,
    private readonly audit: AuditRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'Suspension sweep failed'));
    }, this.config.suspensionSweepIntervalSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Lifts every suspension due now; returns whose (empty when another process holds the lock). */
  runOnce(): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.suspensions.tryLockSweep(manager))) return [];
      const lifted = await this.suspensions.liftDue(this.clock.now(), manager);
      for (const userId of lifted) {
        await this.audit.append({ actorId: null, action: 'user.suspension-ended', targetType: 'user', targetId: userId, note: 'The suspension ran its term' }, manager);
      }
      return lifted;
    });
  }
}
