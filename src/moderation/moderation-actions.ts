import { Injectable } from '@nestjs/common';
import { SessionsRepository } from '../auth/sessions.repository.js';
import type { MessageEntity } from '../chat/message.entity.js';
import { Clock } from '../common/clock.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { MatchLifecycle } from '../matches/match-lifecycle.js';
import { Outbox } from '../outbox/outbox.js';
import { isStaffRole, type UserEntity } from '../users/user.entity.js';
import { userErrors } from '../users/user-errors.js';
import { UsersRepository } from '../users/users.repository.js';
import { moderationErrors } from './moderation-errors.js';
import { suspensionEnd } from './domain/report-rules.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';

/**
 * The staff actions themselves, each inside the caller's unit of work (which also writes the one
 * audit entry); their events are recorded with the change and go out when it commits.
 */
@Injectable()
export class ModerationActions {
  constructor(
    private readonly messages: ModeratedMessagesRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** `ifHidden: 'refuse'` answers 409 for a message already hidden; 'accept' leaves it as it is. */
  async hideMessage(staffId: string, messageId: string, ifHidden: 'refuse' | 'accept'): Promise<MessageEntity> {
    const message = await this.messages.findByIdForUpdate(messageId);
    if (message === null) throw moderationErrors.notFound('message');
    if (message.hiddenAt !== null) {
      if (ifHidden === 'refuse') throw moderationErrors.refusal('moderation.already-hidden', 'This message is already hidden');
      return message;
    }
    const hidden = await this.messages.markHidden(message, staffId, this.clock.now());
    // Chat tells the match's room (`message:hidden`) when it hears of this: once.
    await this.outbox.record('message.hidden', { messageId: hidden.id, matchId: hidden.matchId, by: staffId });
    return hidden;
  }

  async warnUser(staffId: string, userId: string, note: string): Promise<UserEntity> {
    const user = await this.participantAccount(userId);
    await this.outbox.record('user.warned', { userId, by: staffId, note });
    return user;
  }

  /** Suspending again replaces the term. Sessions end in the same transaction; sockets are cut after commit. */
  async suspendUser(staffId: string, userId: string, reason: string, days: number | undefined): Promise<UserEntity> {
    const user = await this.participantAccount(userId);
    const now = this.clock.now();
    Object.assign(user, { status: 'suspended', suspendedUntil: suspensionEnd(now, days), suspensionReason: reason });
    const saved = await this.users.save(user);
    await this.sessions.revokeAllSessionsOf(userId, now);
    await this.outbox.record('user.suspended', { userId, by: staffId, until: saved.suspendedUntil?.toISOString() ?? null });
    return saved;
  }

  async unsuspendUser(userId: string): Promise<UserEntity> {
    const user = await this.participantAccount(userId);
    if (user.status !== 'suspended') throw moderationErrors.refusal('moderation.not-suspended', 'This account is not suspended');
    Object.assign(user, { status: 'active', suspendedUntil: null, suspensionReason: null });
    return this.users.save(user);
  }

  /** Ended as any other ending (the staff note is the close note); the report's resolution is the audit entry. */
  endMatch(staffId: string, matchId: string, note: string): Promise<MatchEntity> {
    return this.lifecycle.end(matchId, { id: staffId, kind: 'staff' }, note, 'report');
  }

  /** Warnings and suspensions are for participants; staff accounts are managed elsewhere. */
  private async participantAccount(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (user === null || user.erasedAt !== null) throw userErrors.notFound('user');
    if (isStaffRole(user.role)) throw moderationErrors.refusal('moderation.staff-account', 'Staff accounts cannot be warned or suspended');
    return user;
  }
}
