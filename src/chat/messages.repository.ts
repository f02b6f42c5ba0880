import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { sqlStateOf } from '../common/postgres-errors.js';
import { HeldStatements, type HeldStatement } from '../database/held-statements.js';
import { timeOrderedIds } from '../database/time-ordered-ids.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MessageEntity } from './message.entity.js';
import { ReadPositionEntity } from './read-position.entity.js';

export interface NewMessage {
  matchId: string;
  senderId: string;
  clientId: string;
  body: string;
}

/** What APPEND_BATCH_SQL returns for each stored message. */
interface AppendedRow {
  id: string;
  seq: number;
  created_at: Date;
}

const SENDER_CLIENT_ID_UNIQUE = 'messages_sender_id_client_id_key';

/**
 * One statement, so one implicit transaction, for a whole batch. The match rows are locked in id
 * order (so two batches never deadlock each other) and their counters bumped by the number of
 * accepted messages; each accepted message takes the next seqs in arrival order, counted from the
 * counter as locked (the latest committed value: a row lock waits for, then reads, any concurrent
 * writer's version, and nothing else can change it before this commits). The locks are held until
 * commit, so concurrent writers to a match take seqs one after another; if the INSERT fails (a
 * racing duplicate clientId) the whole statement rolls back, bumps included, so no seq is skipped.
 * Accepted = the match is active, the sender is one of its two participants, the clientId is new.
 *
 * The seqs are counted from `locked` rather than from the UPDATE's RETURNING: joining the inserted
 * rows to the updated ones was planned as a nested loop (the generic plan expects one row per CTE),
 * quadratic in the batch size. PostgreSQL runs a data-modifying CTE to completion even unread.
 *
 * The ids come with the input, time-ordered (timeOrderedIds), so the caller knows which rows were
 * stored by id alone.
 */
const APPEND_BATCH_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) WITH ORDINALITY AS t(id, match_id, sender_id, client_id, body, ord)
  ),
  locked AS (
    SELECT id, migrant_id, host_id, last_message_seq FROM matches
    WHERE id = ANY($2::uuid[]) AND status = 'active'
    ORDER BY id
    FOR UPDATE
  ),
  accepted AS (
    SELECT i.*, l.last_message_seq AS base FROM input i JOIN locked l ON l.id = i.match_id
    WHERE i.sender_id IN (l.migrant_id, l.host_id)
      AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.sender_id = i.sender_id AND m.client_id = i.client_id)
  ),
  counts AS (SELECT match_id, count(*)::int AS n FROM accepted GROUP BY match_id),
  bumped AS (
    UPDATE matches m SET last_message_seq = m.last_message_seq + c.n
    FROM counts c WHERE m.id = c.match_id
  )
  INSERT INTO messages (id, match_id, seq, sender_id, client_id, body)
  SELECT a.id, a.match_id, a.base + row_number() OVER (PARTITION BY a.match_id ORDER BY a.ord), a.sender_id, a.client_id, a.body
  FROM accepted a
  RETURNING id, seq, created_at`;

/** ChatService's writer has at most two appends out at once. */
const HELD_APPEND_CONNECTIONS = 2;

/** The only place messages and read positions are queried or written. */
@Injectable()
export class MessagesRepository {
  /**
   * Planning APPEND_BATCH_SQL costs PostgreSQL more than storing a batch of thirty messages, and
   * appends follow one another closely under load: a prepared statement on held connections.
   */
  private readonly append: HeldStatement<AppendedRow>;

  constructor(
    statements: HeldStatements,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    @InjectRepository(ReadPositionEntity) private readonly reads: Repository<ReadPositionEntity>,
    private readonly uow: UnitOfWork,
  ) {
    this.append = statements.define<AppendedRow>({ name: 'messages.append-batch', text: APPEND_BATCH_SQL, connections: HELD_APPEND_CONNECTIONS });
  }

  /**
   * Stores messages with their matches' next seqs, answering only after the commit: per item the
   * stored message, or undefined when it was not accepted (see APPEND_BATCH_SQL). Throws when the
   * batch as a whole failed, e.g. a clientId stored by someone else at the same moment.
   */
  async appendBatch(messages: readonly NewMessage[]): Promise<Array<MessageEntity | undefined>> {
    const ids = timeOrderedIds(messages.length);
    const values = [ids, messages.map((m) => m.matchId), messages.map((m) => m.senderId), messages.map((m) => m.clientId), messages.map((m) => m.body)];
    const rows = await this.append.run(values);
    // Only what the insert decided comes back: the rest of a new row is what was sent, and it is
    // neither hidden nor erased yet, so it need not travel back from the server.
    const stored = new Map<string, AppendedRow>();
    for (const row of rows) stored.set(row.id, row);
    return messages.map((m, i) => {
      const row = stored.get(ids[i]);
      return row === undefined ? undefined : newMessageEntity(m, row);
    });
  }

  /** True for the error of storing a (sender, clientId) that is already stored. */
  isDuplicateClientId(error: unknown): boolean {
    return sqlStateOf(error) === '23505' && constraintOf(error) === SENDER_CLIENT_ID_UNIQUE;
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
    const rows = await this.uow.query<Array<{ last_read_seq: number }>>(
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

  /** Erasure, inside its unit of work: the sender's bodies become an empty tombstone; seq and time stay so the other person's history keeps its shape. */
  async eraseBodiesOf(senderId: string): Promise<void> {
    await this.uow.manager.getRepository(MessageEntity).update({ senderId }, { body: '', bodyErased: true });
  }

  /**
   * Retention: up to `limit` matches that ended before `cutoff` get their messages' text erased as
   * account erasure does (rows, seq and sender stay, for the history's shape and the figures) and are
   * marked, so they are never due again. A match with an open report waits: staff may need the words.
   * Answers how many matches were done; two runs at once take different matches (SKIP LOCKED).
   */
  async eraseBodiesOfMatchesEndedBefore(cutoff: Date, limit: number, now: Date): Promise<number> {
    const rows = await this.uow.query<Array<{ done: number }>>(
      `WITH due AS (
         SELECT x.id FROM matches x
         WHERE x.ended_at < $1 AND x.messages_erased_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.match_id = x.id AND r.status = 'open')
         ORDER BY x.ended_at
         LIMIT $2
         FOR UPDATE OF x SKIP LOCKED
       ),
       erased AS (
         UPDATE messages SET body = '', body_erased = true WHERE match_id IN (SELECT id FROM due) AND NOT body_erased RETURNING 1
       ),
       marked AS (
         UPDATE matches SET messages_erased_at = $3 WHERE id IN (SELECT id FROM due) RETURNING 1
       )
       SELECT (SELECT count(*) FROM marked)::int AS done, (SELECT count(*) FROM erased)::int AS erased`,
      [cutoff, limit, now],
    );
    return rows[0]?.done ?? 0;
  }

  async deleteReadPositionsOf(userId: string): Promise<void> {
    await this.uow.manager.getRepository(ReadPositionEntity).delete({ userId });
  }
}

function constraintOf(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { constraint?: unknown } }).driverError;
  const constraint = driverError?.constraint ?? (error as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

function newMessageEntity(sent: NewMessage, row: AppendedRow): MessageEntity {
  const message = new MessageEntity();
  message.id = row.id;
  message.matchId = sent.matchId;
  message.seq = row.seq;
  message.senderId = sent.senderId;
  message.clientId = sent.clientId;
  message.body = sent.body;
  message.bodyErased = false;
  message.createdAt = row.created_at;
  message.hiddenAt = null;
  message.hiddenBy = null;
  return message;
}
