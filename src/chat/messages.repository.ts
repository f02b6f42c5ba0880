import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan, Repository } from 'typeorm';
import { sqlStateOf } from '../common/postgres-errors.js';
import { MessageEntity } from './message.entity.js';
import { ReadPositionEntity } from './read-position.entity.js';

export interface NewMessage {
  matchId: string;
  senderId: string;
  clientId: string;
  body: string;
}

/** `closed`: the match is not active, or does not exist, or the sender is not in it — the caller tells which. */
export type AppendOutcome = { outcome: 'stored'; message: MessageEntity } | { outcome: 'duplicate' } | { outcome: 'closed' };

interface MessageRow {
  id: string;
  match_id: string;
  seq: number;
  sender_id: string;
  client_id: string;
  body: string;
  body_erased: boolean;
  created_at: Date;
  hidden_at: Date | null;
  hidden_by: string | null;
}

const SENDER_CLIENT_ID_UNIQUE = 'messages_sender_id_client_id_key';

/**
 * One statement, so one implicit transaction: the UPDATE bumps the match's counter and holds its row
 * lock until commit, so concurrent sends in a match take seqs one after another; if the INSERT fails
 * (the same clientId again) the whole statement rolls back, the bump included, so no seq is skipped.
 * The WHERE clause is the write rule: active match, sender is one of its two participants.
 */
const APPEND_SQL = `
  WITH counter AS (
    UPDATE matches SET last_message_seq = last_message_seq + 1
    WHERE id = $1 AND status = 'active' AND (migrant_id = $2 OR host_id = $2)
    RETURNING last_message_seq
  )
  INSERT INTO messages (match_id, seq, sender_id, client_id, body)
  SELECT $1, last_message_seq, $2, $3, $4 FROM counter
  RETURNING id, match_id, seq, sender_id, client_id, body, body_erased, created_at, hidden_at, hidden_by`;

/** The only place messages and read positions are queried or written. */
@Injectable()
export class MessagesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    @InjectRepository(ReadPositionEntity) private readonly reads: Repository<ReadPositionEntity>,
  ) {}

  /** Stores a message with the match's next seq; answers only after the commit. */
  async append(message: NewMessage): Promise<AppendOutcome> {
    try {
      const rows: MessageRow[] = await this.dataSource.query(APPEND_SQL, [message.matchId, message.senderId, message.clientId, message.body]);
      const row = rows[0];
      return row === undefined ? { outcome: 'closed' } : { outcome: 'stored', message: toEntity(row) };
    } catch (error) {
      if (sqlStateOf(error) === '23505' && constraintOf(error) === SENDER_CLIENT_ID_UNIQUE) return { outcome: 'duplicate' };
      throw error;
    }
  }

  findBySenderAndClientId(senderId: string, clientId: string): Promise<MessageEntity | null> {
    return this.messages.findOneBy({ senderId, clientId });
  }

  /** `limit` messages with seq above `afterSeq`, oldest first. */
  findAfter(matchId: string, afterSeq: number, limit: number): Promise<MessageEntity[]> {
    return this.messages.find({ where: { matchId, seq: MoreThan(afterSeq) }, order: { seq: 'ASC' }, take: limit });
  }

  /** Moves a read position forward only (a late or replayed `read` never moves it back); returns the stored position. */
  async raiseReadPosition(matchId: string, userId: string, seq: number): Promise<number> {
    const rows: Array<{ last_read_seq: number }> = await this.dataSource.query(
      `INSERT INTO message_reads (match_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (match_id, user_id) DO UPDATE
         SET last_read_seq = GREATEST(message_reads.last_read_seq, EXCLUDED.last_read_seq), updated_at = now()
       RETURNING last_read_seq`,
      [matchId, userId, seq],
    );
    return rows[0].last_read_seq;
  }

  findSentBy(senderId: string): Promise<MessageEntity[]> {
    return this.messages.find({ where: { senderId }, order: { createdAt: 'ASC', seq: 'ASC' } });
  }

  findReadPositionsOf(userId: string): Promise<ReadPositionEntity[]> {
    return this.reads.find({ where: { userId }, order: { updatedAt: 'ASC' } });
  }

  /** Erasure: the sender's bodies become an empty tombstone; seq and time stay so the other person's history keeps its shape. */
  async eraseBodiesOf(senderId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(MessageEntity).update({ senderId }, { body: '', bodyErased: true });
  }

  async deleteReadPositionsOf(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ReadPositionEntity).delete({ userId });
  }
}

function constraintOf(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { constraint?: unknown } }).driverError;
  const constraint = driverError?.constraint ?? (error as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

function toEntity(row: MessageRow): MessageEntity {
  return Object.assign(new MessageEntity(), {
    id: row.id,
    matchId: row.match_id,
    seq: row.seq,
    senderId: row.sender_id,
    clientId: row.client_id,
    body: row.body,
    bodyErased: row.body_erased,
    createdAt: row.created_at,
    hiddenAt: row.hidden_at,
    hiddenBy: row.hidden_by,
  });
}
