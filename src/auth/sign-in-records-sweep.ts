import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionsRepository } from './sessions.repository.js';

export interface SweptSignInRecords {
  failedLogins: number;
  sessions: number;
}

/**
 * Keeps sign-in records only while they serve their purpose (docs/privacy.md): failed logins
 * (an email and a network address) until they leave the limit window, sessions until they expire
 * or are revoked. Runs on every process; the deletes are idempotent, so no lock is needed.
 */
@Injectable()
export class SignInRecordsSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SignInRecordsSweep.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'Sign-in records sweep failed'));
    }, this.config.signInRecordsSweepIntervalSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
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
