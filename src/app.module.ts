import { join } from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { CsrfGuard } from './auth/web-session/csrf.guard.js';
import { SessionCredentialMiddleware } from './auth/web-session/session-credential.middleware.js';
import { WebSessionModule } from './auth/web-session/web-session.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { refuseMalformedRequests } from './common/malformed-input.js';
import { AddressRateLimitGuard, PersonRateLimitGuard } from './common/rate-limit.guard.js';
import { validationPipe } from './common/validation.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { AccessModule } from './access/access.module.js';
import { AccountRecoveryModule } from './account-recovery/account-recovery.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ChatModule } from './chat/chat.module.js';
import { CheckInsModule } from './check-ins/check-ins.module.js';
import { MatchesModule } from './matches/matches.module.js';
import { MeetupsModule } from './meetups/meetups.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { PeopleModule } from './people/people.module.js';
import { StaffMatchesModule } from './staff-matches/staff-matches.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { ProgrammesModule } from './programmes/programmes.module.js';
import { UsersModule } from './users/users.module.js';

export const CLIENT_DIST = join(process.cwd(), 'dist', 'client');

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ServeStaticModule.forRoot({ rootPath: CLIENT_DIST, exclude: ['/api/{*path}', '/socket.io/{*path}'] }),
        DatabaseModule,
        RateLimitsModule,
        HealthModule,
        JobsModule,
        OutboxModule,
        AuditModule,
        PrivacyModule,
        UsersModule,
        ProfilesModule,
        AuthModule,
        WebSessionModule,
        MatchesModule,
        CheckInsModule,
        AccessModule,
        RealtimeModule,
        MeetupsModule,
        ModerationModule,
        PeopleModule,
        StaffMatchesModule,
        NotificationsModule,
        ChatModule,
        MatchingModule,
        ProgrammesModule,
        AccountRecoveryModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Order matters: every request counts against its address before authentication (bad tokens
        // and cookies included), and against its person once authentication has found them; a
        // write authenticated by the session cookie shows its CSRF token once the session is known.
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: PersonRateLimitGuard },
      ],
    };
  }

  /** After the body parsers, before guards and pipes: see refuseMalformedRequests and SessionCredentialMiddleware. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseMalformedRequests, SessionCredentialMiddleware).forRoutes('{*path}');
  }
}
