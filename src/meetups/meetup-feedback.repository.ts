import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { MeetupFeedbackEntity } from './meetup-feedback.entity.js';

export type NewFeedback = Pick<MeetupFeedbackEntity, 'meetupId' | 'userId' | 'happened' | 'rating' | 'comment' | 'concern'>;

/** The only place meetup feedback is queried or written. */
@Injectable()
export class MeetupFeedbackRepository {
  constructor(@InjectRepository(MeetupFeedbackEntity) private readonly feedback: Repository<MeetupFeedbackEntity>) {}

  /** The unique (meetup, user) index refuses a second one (23505), also when two requests race. */
  insertFeedback(feedback: NewFeedback, manager: EntityManager): Promise<MeetupFeedbackEntity> {
    const repository = manager.getRepository(MeetupFeedbackEntity);
    return repository.save(repository.create(feedback));
  }

  async authorsOf(meetupId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager.getRepository(MeetupFeedbackEntity).find({ where: { meetupId }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }

  /** What the person said about their meetups, oldest first (data export). */
  findGivenBy(userId: string): Promise<MeetupFeedbackEntity[]> {
    return this.feedback.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Erasure keeps the facts (happened, rating) for statistics but drops the person's words. */
  async eraseCommentsOf(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(MeetupFeedbackEntity).update({ userId }, { comment: null });
  }
}
