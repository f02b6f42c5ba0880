import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { MessageEntity } from '../chat/message.entity.js';
import { ReadPositionEntity } from '../chat/read-position.entity.js';
import { LoginFailureEntity } from '../auth/login-failure.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { CheckInEntity } from '../check-ins/check-in.entity.js';
import { MatchEntity } from '../matches/match.entity.js';
import { PairExclusionEntity } from '../matches/pair-exclusion.entity.js';
import { CalendarTokenEntity } from '../meetups/calendar-token.entity.js';
import { MeetupFeedbackEntity } from '../meetups/meetup-feedback.entity.js';
import { MeetupEntity } from '../meetups/meetup.entity.js';
import { MatchingRunEntity } from '../matching/matching-run.entity.js';
import { ReportEntity } from '../moderation/report.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeMembershipEntity } from '../organisations/programme-membership.entity.js';
import { ProgrammeEntity } from '../organisations/programme.entity.js';
import { VolunteerVettingEntity } from '../organisations/volunteer-vetting.entity.js';
import { ProfileEntity } from '../profiles/profile.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Every entity the DataSource knows; features add theirs here. */
export const allEntities = [UserEntity, SessionEntity, LoginFailureEntity, AuditEntryEntity, ProfileEntity, MatchEntity, PairExclusionEntity, MatchingRunEntity, NotificationEntity, MessageEntity, ReadPositionEntity, MeetupEntity, MeetupFeedbackEntity, CalendarTokenEntity, ReportEntity, OrganisationEntity, ProgrammeEntity, ProgrammeMembershipEntity, VolunteerVettingEntity, CheckInEntity];
