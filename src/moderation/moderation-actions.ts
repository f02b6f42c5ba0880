import { Injectable } from '@nestjs/common';
import { SessionsRepository } from '../auth/sessions.repository.js';
import type { MessageEntity } from '../chat/message.entity.js';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { applyMatchEvent } from '../matches/domain/match-state.js';
import { matchErrors, matchRefusal } from '../matches/match-errors.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { applyTransition, emitMatchChange } from '../matches/match-outcome.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { userErrors } from '../users/user-errors.js';
import { UsersRepository } from '../users/users.repository.js';
import { moderationErrors } from './moderation-errors.js';
import { suspensionEnd } from './domain/report-rules.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';

/** What to tell the rest of the system once the transaction has committed. */
export type AfterCommit = () => void;

export interface Applied<T> {
  result: T;
  afterCommit: AfterCommit[];
}

/**
 * The staff actions themselves, each inside the caller's transaction (which also writes the one
 * audit entry). Events and socket pushes are returned, to run only after commit.
 */
@Injectable()
export class ModerationActions {
  constructor(
    private readonly messages: ModeratedMessagesRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly matches: MatchesRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** `ifHidden: 'refuse'` answers 409 for a message already hidden; 'accept' leaves it as it is. */
  async hideMessage(staffId: string, messageId: string, ifHidden: 'refuse' | 'accept'): Promise<Applied<MessageEntity>> {
    const message = await this.messages.findByIdForUpdate(messageId);
    if (message === null) throw moderationErrors.notFound('message');
    if (message.hiddenAt !== null) {
      if (ifHidden === 'refuse') throw moderationErrors.refusal('moderation.already-hidden', 'This message is already hidden');
      return { result: message, afterCommit: [] };
    }
    const hidden = await this.messages.markHidden(message, staffId, this.clock.now());
    const { matchId, id } = hidden;
    return {
      result: hidden,
      // Chat tells the match's room (`message:hidden`) when it hears of this: once.
      afterCommit: [() => this.events.emit('message.hidden', { messageId: id, matchId, by: staffId })],
    };
  }

  async warnUser(staffId: string, userId: string, note: string): Promise<Applied<UserEntity>> {
    const user = await this.participantAccount(userId);
    return { result: user, afterCommit: [() => this.events.emit('user.warned', { userId, by: staffId, note })] };
  }

  /** Suspending again replaces the term. Sessions end in the same transaction; sockets are cut after commit. */
  async suspendUser(staffId: string, userId: string, reason: string, days: number | undefined): Promise<Applied<UserEntity>> {
    const user = await this.participantAccount(userId);
    const now = this.clock.now();
    Object.assign(user, { status: 'suspended', suspendedUntil: suspensionEnd(now, days), suspensionReason: reason });
    const saved = await this.users.save(user);
    await this.sessions.revokeAllSessionsOf(userId, now);
    const until = saved.suspendedUntil?.toISOString() ?? null;
    return { result: saved, afterCommit: [() => this.events.emit('user.suspended', { userId, by: staffId, until })] };
  }

  async unsuspendUser(userId: string): Promise<Applied<UserEntity>> {
    const user = await this.participantAccount(userId);
    if (user.status !== 'suspended') throw moderationErrors.refusal('moderation.not-suspended', 'This account is not suspended');
    Object.assign(user, { status: 'active', suspendedUntil: null, suspensionReason: null });
    return { result: await this.users.save(user), afterCommit: [] };
  }

  async endMatch(staffId: string, matchId: string, note: string): Promise<Applied<MatchEntity>> {
    const match = await this.matches.findByIdForUpdate(matchId);
    if (match === null) throw matchErrors.notFound('match');
    const transition = applyMatchEvent(match, { type: 'end', by: 'staff' });
    if (!transition.ok) throw matchRefusal(transition);
    // Written and announced as any other ending (MatchesService.end): the staff note is the close note.
    const change = applyTransition(match, transition, { now: this.clock.now(), actorId: staffId, note });
    const saved = await this.matches.save(change.match);
    return { result: saved, afterCommit: [() => emitMatchChange(this.events, { ...change, match: saved })] };
  }

  /** Warnings and suspensions are for participants; staff accounts are managed elsewhere. */
  private async participantAccount(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (user === null || user.erasedAt !== null) throw userErrors.notFound('user');
    if (user.role === 'staff') throw moderationErrors.refusal('moderation.staff-account', 'Staff accounts cannot be warned or suspended');
    return user;
  }
}
