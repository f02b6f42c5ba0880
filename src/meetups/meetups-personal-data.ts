import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { CalendarTokensRepository } from './calendar-tokens.repository.js';
import { MeetupFeedbackRepository } from './meetup-feedback.repository.js';
import { feedbackView } from './meetup-feedback.service.js';
import { MeetupsRepository } from './meetups.repository.js';

/**
 * Meetups in export and erasure.
 * Export: every meetup of the person's matches, their own feedback (never the partner's) and when
 * they created calendar links. Erasure: open meetups that have not started are cancelled (bookings
 * freed), the notes and reasons the person wrote and their feedback comments are removed, calendar
 * links revoked. Past meetups and feedback facts (happened, rating) stay, unlinked from any text,
 * because the partner's history and the programme's statistics rely on them.
 */
@Injectable()
export class MeetupsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly meetups: MeetupsRepository,
    private readonly feedback: MeetupFeedbackRepository,
    private readonly tokens: CalendarTokensRepository,
  ) {}

  onModuleInit(): void {
    // Before rows are deleted by later sections, like matches, it ends relationships.
    this.registry.register({ name: 'meetups', eraseOrder: 150, export: (id) => this.exportOf(id), erase: (id, now) => this.erase(id, now) });
  }

  private async exportOf(userId: string): Promise<unknown> {
    const meetups = await this.meetups.findAllOf(userId);
    const feedback = await this.feedback.findGivenBy(userId);
    const calendarLinks = await this.tokens.historyOf(userId);
    return {
      meetups: meetups.map(({ closedBy, closeReason, ...meetup }) => ({ ...meetup, closedBy, closeReason: closedBy === userId ? closeReason : null })),
      feedback: feedback.map(feedbackView),
      calendarLinks,
    };
  }

  private async erase(userId: string, now: Date): Promise<void> {
    await this.meetups.cancelOpenFuture({ userId }, userId, 'Account deleted', now);
    await this.meetups.eraseTextsWrittenBy(userId);
    await this.feedback.eraseCommentsOf(userId);
    await this.tokens.revokeTokensOf(userId, now);
  }
}
