import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { MessageEntity } from '../chat/message.entity.js';
import { MatchesModule } from '../matches/matches.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { FlagScanner, startFlagScanWorker } from './flag-scanner.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';
import { ModerationActions } from './moderation-actions.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { ReportEntity } from './report.entity.js';
import { ReportsController } from './reports.controller.js';
import { ReportsPersonalData } from './reports-personal-data.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import { StaffAccountsController } from './staff-accounts.controller.js';
import { StaffActionsService } from './staff-actions.service.js';
import { StaffModerationController } from './staff-moderation.controller.js';
import { StaffStatsRepository } from './staff-stats.repository.js';
import { StaffStatsService } from './staff-stats.service.js';
import { SuspensionSweep } from './suspension-sweep.js';
import { SuspensionsRepository } from './suspensions.repository.js';

/** Reports, automatic flags, staff actions with their audit entries, suspensions and the programme's figures. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity, MessageEntity]), AuthModule, UsersModule, ProfilesModule, MatchesModule],
  controllers: [ReportsController, StaffModerationController, StaffAccountsController],
  providers: [
    ReportsRepository,
    ModeratedMessagesRepository,
    SuspensionsRepository,
    StaffStatsRepository,
    ReportsService,
    { provide: FlagScanner, useFactory: () => new FlagScanner(startFlagScanWorker) },
    ModerationActions,
    StaffActionsService,
    ModerationQueueService,
    StaffStatsService,
    SuspensionSweep,
    ReportsPersonalData,
  ],
})
export class ModerationModule {}
