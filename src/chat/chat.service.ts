import { Injectable } from '@nestjs/common';
import { MatchAccess, otherParticipant, type Viewer } from '../access/match-access.js';
import { badCursor } from '../common/common-errors.js';
import { DomainEvents } from '../common/domain-events.js';
import type { Page } from '../common/pagination.js';
import type { MatchEntity } from '../matches/match.entity.js';
import type { ChatMessage } from '../realtime/realtime-events.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { chatErrors } from './chat-errors.js';
import { MAX_SEQ } from './dto/chat-payloads.dto.js';
import type { MessageHistoryQuery } from './dto/message.view.js';
import { messageView } from './message-views.js';
import { GroupCommit } from './group-commit.js';
import type { MessageEntity } from './message.entity.js';
import { MessagesRepository, type NewMessage } from './messages.repository.js';

/** How many missed messages a `join` ack carries at most; the rest come from the REST history. */
export const JOIN_BACKLOG_LIMIT = 500;

export interface Backlog {
  messages: ChatMessage[];
  hasMore: boolean;
}

/** Chat rules, for the gateway and the history route alike. Who may do what is MatchAccess's answer. */
@Injectable()
export class ChatService {
  /**
   * Sends arriving together share a statement and a commit (see GroupCommit). One write at a time
   * while writes are quick, so under load batches grow instead of statements multiplying, which is
   * what costs CPU; a second starts when one has been out for 50 ms, so one slow batch (a match row
   * locked elsewhere) does not stall every conversation.
   */
  private readonly writer = new GroupCommit<NewMessage, MessageEntity | undefined>((batch) => this.store(batch), { maxBatch: 200, maxInFlight: 2, stallAfterMs: 50 });

  constructor(
    private readonly access: MatchAccess,
    private readonly messages: MessagesRepository,
    private readonly publisher: RealtimePublisher,
    private readonly events: DomainEvents,
  ) {}

  /** The match, when the viewer is one of its two participants (404 otherwise). */
  conversation(viewer: Viewer, matchId: string): Promise<MatchEntity> {
    return this.access.participantMatch(viewer, matchId);
  }

  /** Messages after `afterSeq` in a conversation the caller already opened through `conversation`. */
  async backlog(match: MatchEntity, afterSeq: number, limit = JOIN_BACKLOG_LIMIT): Promise<Backlog> {
    const rows = await this.messages.findAfter(match.id, afterSeq, limit + 1);
    return { messages: rows.slice(0, limit).map(messageView), hasMore: rows.length > limit };
  }

  async history(viewer: Viewer, matchId: string, query: MessageHistoryQuery): Promise<Page<ChatMessage>> {
    const match = await this.conversation(viewer, matchId);
    const limit = query.limit ?? 20;
    const { messages, hasMore } = await this.backlog(match, startingSeq(query), limit);
    return { items: messages, nextCursor: hasMore ? String(messages[messages.length - 1].seq) : null };
  }

  /**
   * Stores the message once per (sender, clientId) and tells of it once (`message.created`, which
   * the fan-out sends to the sockets). A retry of a stored message returns it without telling of it
   * again: whoever missed it catches up with `afterSeq`.
   */
  async send(viewer: Viewer, input: { matchId: string; clientId: string; body: string }): Promise<ChatMessage> {
    const appended = await this.writer.offer({ matchId: input.matchId, senderId: viewer.id, clientId: input.clientId, body: input.body });
    if (appended !== undefined) {
      const message = messageView(appended);
      this.events.emit('message.created', { message, body: appended.body });
      return message;
    }
    const stored = await this.messages.findBySenderAndClientId(viewer.id, input.clientId);
    if (stored !== null) {
      if (stored.matchId !== input.matchId) throw chatErrors.refusal('chat.client-id-reused', 'This clientId was already used for a message in another conversation');
      return messageView(stored);
    }
    // Not stored and no earlier copy: tell a stranger "not found", a participant why they cannot write.
    await this.conversation(viewer, input.matchId);
    throw chatErrors.refusal('chat.read-only', 'This conversation is not active; it can be read but not written to');
  }

  /** A duplicate clientId alone in its batch is simply "not stored": the caller finds the earlier copy. */
  private async store(batch: NewMessage[]): Promise<Array<MessageEntity | undefined>> {
    try {
      return await this.messages.appendBatch(batch);
    } catch (error) {
      if (batch.length === 1 && this.messages.isDuplicateClientId(error)) return [undefined];
      throw error;
    }
  }

  async typing(viewer: Viewer, matchId: string): Promise<void> {
    const match = await this.conversation(viewer, matchId);
    if (match.status !== 'active') return;
    this.publisher.toUser(otherParticipant(match, viewer.id), 'typing', { matchId, userId: viewer.id });
  }

  /** Stores how far the viewer has read (never beyond the last message, never backwards) and tells the other participant. */
  async markRead(viewer: Viewer, matchId: string, seq: number): Promise<number> {
    const match = await this.conversation(viewer, matchId);
    const stored = await this.messages.raiseReadPosition(matchId, viewer.id, Math.min(seq, match.lastMessageSeq));
    this.publisher.toUser(otherParticipant(match, viewer.id), 'read', { matchId, userId: viewer.id, seq: stored });
    return stored;
  }
}

function startingSeq(query: MessageHistoryQuery): number {
  if (query.cursor === undefined) return query.afterSeq ?? 0;
  const seq = Number(query.cursor);
  if (seq > MAX_SEQ) throw badCursor();
  return seq;
}
