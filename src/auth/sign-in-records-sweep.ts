import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionsRepository } from './sessions.repository.js';

export interface SweptSignInRecords {
  failedLogins: number;
  sessions: number;
}

/**
 * Keeps sign-in records only while they serve their purpose (docs/privacy.md): failed logins
 * (an email and a network address) until they leave the limit window, sessions until they expire
 * or are revoked. Runs on the job queue's schedule (src/jobs/job-catalogue.ts); the deletes are
 * idempotent, so overlapping runs are harmless.
 */
@Injectable()
export class SignInRecordsSweep implements OnModuleInit {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('auth.sweep-sign-in-records', () => this.runOnce());
  }

  async runOnce(): Promise<SweptSignInRecords> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.config.loginLimits.windowMinutes * 60_000);
    return {
      failedLogins: await this.failures.forgetFailuresOlderThan(windowStart),
      sessions: await this.sessions.deleteEndedSessions(now),
    };
  }
}
