import { Injectable } from '@nestjs/common';
import type { Viewer } from '../access/match-access.js';
import { Clock } from '../common/clock.js';
import { Outbox } from '../outbox/outbox.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { canGiveMeetupFeedback } from './domain/meetup-state.js';
import type { MeetupFeedbackDto } from './dto/meetup-input.dto.js';
import type { MeetupFeedbackView } from './dto/meetup.view.js';
import type { MeetupFeedbackEntity } from './meetup-feedback.entity.js';
import { MeetupFeedbackRepository } from './meetup-feedback.repository.js';
import { meetupErrors, meetupRefusal } from './meetup-errors.js';
import { matchContext, MeetupsService } from './meetups.service.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * After a confirmed meetup has ended, each participant may say once whether it happened, rate it
 * and raise a concern. A concern is announced as `meetup.concern`; moderation opens the staff report.
 */
@Injectable()
export class MeetupFeedbackService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetups: MeetupsService,
    private readonly feedback: MeetupFeedbackRepository,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async give(viewer: Viewer, meetupId: string, input: MeetupFeedbackDto): Promise<MeetupFeedbackView> {
    const { meetup, match } = await this.meetups.participantMeetup(viewer, meetupId);
    let saved: MeetupFeedbackEntity;
    try {
      saved = await this.uow.transaction(async () => {
        const feedbackAuthorIds = await this.feedback.authorsOf(meetupId);
        const verdict = canGiveMeetupFeedback({ meetup, match: matchContext(match), by: viewer.id, now: this.clock.now(), feedbackAuthorIds });
        if (!verdict.ok) throw meetupRefusal(verdict);
        const comment = input.comment === undefined || input.comment === '' ? null : input.comment;
        const stored = await this.feedback.insertFeedback({ meetupId, userId: viewer.id, happened: input.happened, rating: input.rating ?? null, comment, concern: input.concern ?? false });
        if (stored.concern) {
          await this.outbox.record('meetup.concern', { meetupId, matchId: match.id, participantIds: [match.migrantId, match.hostId], reporterId: viewer.id, comment: stored.comment });
        }
        return stored;
      });
    } catch (error) {
      // Two submissions racing: the unique index lets one through.
      if (isUniqueViolation(error)) throw meetupErrors.refusal('meetup.feedback-already-given', 'You have already given feedback on this meetup.');
      throw error;
    }
    return feedbackView(saved);
  }
}

export function feedbackView(feedback: MeetupFeedbackEntity): MeetupFeedbackView {
  return {
    id: feedback.id,
    meetupId: feedback.meetupId,
    happened: feedback.happened,
    rating: feedback.rating,
    comment: feedback.comment,
    concern: feedback.concern,
    createdAt: feedback.createdAt.toISOString(),
  };
}
