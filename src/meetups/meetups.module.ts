import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetupFacts } from '../common/meetup-facts.js';
import { MatchesModule } from '../matches/matches.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarTokenEntity } from './calendar-token.entity.js';
import { CalendarTokensRepository } from './calendar-tokens.repository.js';
import { MeetupCalendarService } from './meetup-calendar.service.js';
import { MeetupFactsFromDatabase } from './meetup-facts.database.js';
import { MeetupFeedbackEntity } from './meetup-feedback.entity.js';
import { MeetupFeedbackRepository } from './meetup-feedback.repository.js';
import { MeetupFeedbackService } from './meetup-feedback.service.js';
import { MeetupMatchListener } from './meetup-match-listener.js';
import { MeetupRemindersJob } from './meetup-reminders.job.js';
import { MeetupSlotsService } from './meetup-slots.service.js';
import { MeetupViews } from './meetup-views.js';
import { MeetupEntity } from './meetup.entity.js';
import { MeetupsController } from './meetups.controller.js';
import { MeetupsPersonalData } from './meetups-personal-data.js';
import { MeetupsRepository } from './meetups.repository.js';
import { MeetupsService } from './meetups.service.js';

/** Global only to provide the MeetupFacts port to moderation and statistics. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MeetupEntity, MeetupFeedbackEntity, CalendarTokenEntity]), MatchesModule, ProfilesModule, UsersModule],
  controllers: [MeetupsController, CalendarController],
  providers: [
    MeetupsRepository,
    MeetupFeedbackRepository,
    CalendarTokensRepository,
    MeetupViews,
    MeetupsService,
    MeetupSlotsService,
    MeetupFeedbackService,
    MeetupCalendarService,
    MeetupRemindersJob,
    MeetupMatchListener,
    MeetupsPersonalData,
    { provide: MeetupFacts, useClass: MeetupFactsFromDatabase },
  ],
  exports: [MeetupFacts, MeetupCalendarService],
})
export class MeetupsModule {}
