import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../access/match-access.js';
import { otherParticipant } from '../access/match-access.js';
import { isSuspended } from '../auth/auth.guard.js';
import { Clock } from '../common/clock.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { CalendarTokenView } from './dto/meetup.view.js';
import { CalendarTokensRepository } from './calendar-tokens.repository.js';
import { meetupErrors } from './meetup-errors.js';
import { CalendarMeetup, meetupCalendar } from './meetup-ics.js';
import type { MeetupEntity } from './meetup.entity.js';
import { isFirstMeeting, safetyReminderFor } from './meetup-views.js';
import { MeetupsRepository } from './meetups.repository.js';
import { MeetupsService } from './meetups.service.js';

const CALENDAR_NAME = 'Common Ground meetups';
/** A feed shows meetups that ended at most this long ago, and everything ahead. */
const FEED_HISTORY_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Meetups as RFC 5545 calendars: one meetup, or a person's subscribable feed behind a revocable secret URL. */
@Injectable()
export class MeetupCalendarService {
  constructor(
    private readonly meetupsService: MeetupsService,
    private readonly meetups: MeetupsRepository,
    private readonly matches: MatchesRepository,
    private readonly users: UsersRepository,
    private readonly tokens: CalendarTokensRepository,
    private readonly clock: Clock,
  ) {}

  async meetupIcs(viewer: Viewer, meetupId: string): Promise<string> {
    const { meetup } = await this.meetupsService.participantMeetup(viewer, meetupId);
    return meetupCalendar(await this.calendarEntries([meetup], viewer.id), CALENDAR_NAME);
  }

  /** The feed of whoever owns the token; 401 when it is unknown or revoked, 403 while they are suspended. */
  async feed(token: string | undefined): Promise<string> {
    const stored = token === undefined || token === '' ? null : await this.tokens.findLiveByHash(hashToken(token));
    const user = stored === null ? null : await this.users.findById(stored.userId);
    if (user === null || user.erasedAt !== null) {
      throw meetupErrors.refusal('calendar.invalid-token', 'This calendar link is not valid (any more); create a new one in the app.');
    }
    const now = this.clock.now();
    if (isSuspended(user, now)) throw meetupErrors.refusal('account.suspended', 'Your account is suspended');
    const meetups = await this.meetups.findForCalendarOf(user.id, new Date(now.getTime() - FEED_HISTORY_DAYS * DAY_MS));
    return meetupCalendar(await this.calendarEntries(meetups, user.id), CALENDAR_NAME);
  }

  /** A new secret feed URL; any earlier one stops working. */
  async rotateToken(viewer: Viewer, baseUrl: string): Promise<CalendarTokenView> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.replaceToken(viewer.id, hashToken(token), this.clock.now());
    return { url: `${baseUrl}/api/me/calendar.ics?token=${token}`, token };
  }

  async revokeToken(viewer: Viewer): Promise<void> {
    await this.tokens.revokeTokensOf(viewer.id, this.clock.now());
  }

  private async calendarEntries(meetups: readonly MeetupEntity[], viewerId: string): Promise<CalendarMeetup[]> {
    const matchIds = [...new Set(meetups.map((m) => m.matchId))];
    const matches = new Map<string, MatchEntity>();
    for (const id of matchIds) {
      const match = await this.matches.findById(id);
      if (match !== null) matches.set(id, match);
    }
    const partnerIds = [...matches.values()].map((m) => otherParticipant(m, viewerId));
    const partners = await this.users.findByIds([...new Set(partnerIds)]);
    const firstStarts = await this.meetups.firstConfirmedStarts(matchIds);
    const names = new Map(partners.map((p) => [p.id, p.displayName]));
    return meetups.map((meetup) => {
      const match = matches.get(meetup.matchId);
      const partnerName = match === undefined ? 'your partner' : (names.get(otherParticipant(match, viewerId)) ?? 'your partner');
      const first = isFirstMeeting(meetup, firstStarts.get(meetup.matchId));
      return { ...meetup, partnerName, safetyReminder: safetyReminderFor(meetup, first) };
    });
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
