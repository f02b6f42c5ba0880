import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { MessageEntity } from '../chat/message.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * Messages as moderation reads and changes them: hidden ones included, hiding the only write.
 * Sending and participants' history belong to chat.
 */
@Injectable()
export class ModeratedMessagesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get messages(): Repository<MessageEntity> {
    return this.uow.manager.getRepository(MessageEntity);
  }

  findById(id: string): Promise<MessageEntity | null> {
    return this.messages.findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<MessageEntity | null> {
    return this.uow.manager.getRepository(MessageEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  /** Up to `radius` messages either side of `seq` in the conversation, oldest first, without the message itself. */
  findNeighbours(matchId: string, seq: number, radius: number): Promise<MessageEntity[]> {
    return this.messages
      .createQueryBuilder('m')
      .where('m.match_id = :matchId AND m.seq BETWEEN :from AND :to AND m.seq <> :seq', { matchId, from: seq - radius, to: seq + radius, seq })
      .orderBy('m.seq', 'ASC')
      .getMany();
  }

  /** A page of a conversation after `afterSeq`, oldest first; `limit + 1` rows to tell whether more follow. */
  findConversationPage(matchId: string, afterSeq: number, limit: number): Promise<MessageEntity[]> {
    return this.uow.manager
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .where('m.match_id = :matchId AND m.seq > :afterSeq', { matchId, afterSeq })
      .orderBy('m.seq', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  async markHidden(message: MessageEntity, hiddenBy: string, hiddenAt: Date): Promise<MessageEntity> {
    await this.uow.manager.getRepository(MessageEntity).update({ id: message.id }, { hiddenBy, hiddenAt });
    return { ...message, hiddenBy, hiddenAt };
  }
}
