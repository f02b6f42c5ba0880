import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { MeetupFeedbackEntity } from './meetup-feedback.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export type NewFeedback = Pick<MeetupFeedbackEntity, 'meetupId' | 'userId' | 'happened' | 'rating' | 'comment' | 'concern'>;

/** The only place meetup feedback is queried or written. */
@Injectable()
export class MeetupFeedbackRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get feedback(): Repository<MeetupFeedbackEntity> {
    return this.uow.manager.getRepository(MeetupFeedbackEntity);
  }

  /** The unique (meetup, user) index refuses a second one (23505), also when two requests race. */
  insertFeedback(feedback: NewFeedback): Promise<MeetupFeedbackEntity> {
    const repository = this.uow.manager.getRepository(MeetupFeedbackEntity);
    return repository.save(repository.create(feedback));
  }

  async authorsOf(meetupId: string): Promise<string[]> {
    const rows = await this.uow.manager.getRepository(MeetupFeedbackEntity).find({ where: { meetupId }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }

  /** What the person said about their meetups, oldest first (data export). */
  findGivenBy(userId: string): Promise<MeetupFeedbackEntity[]> {
    return this.feedback.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Erasure keeps the facts (happened, rating) for statistics but drops the person's words. */
  async eraseCommentsOf(userId: string): Promise<void> {
    await this.uow.manager.getRepository(MeetupFeedbackEntity).update({ userId }, { comment: null });
  }
}
