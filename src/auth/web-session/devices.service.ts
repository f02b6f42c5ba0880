import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { Outbox } from '../../outbox/outbox.js';
import { SessionsRepository } from '../sessions.repository.js';
import { coarseAddress, deviceName } from './device-name.js';
import type { DeviceView } from './dto/web-session.views.js';
import { webSessionErrors } from './web-session-errors.js';

/**
 * A person's signed-in devices: their live sessions. Ending one records `session.ended`, which
 * disconnects its sockets (RealtimePublisher) once the revocation commits; its token and cookie stop
 * working at once, since every request checks the sessions table.
 */
@Injectable()
export class DevicesService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, currentSessionId: string): Promise<DeviceView[]> {
    const sessions = await this.sessions.findLiveSessionsOf(userId, this.clock.now());
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      userAgent: session.userAgent,
      device: deviceName(session.userAgent),
      address: coarseAddress(session.address),
      current: session.id === currentSessionId,
    }));
  }

  /** Someone else's session, an unknown one and one already ended are all "not found". */
  async end(userId: string, sessionId: string): Promise<void> {
    await this.uow.transaction(async () => {
      if (!(await this.sessions.revokeLiveSessionOf(sessionId, userId, this.clock.now()))) throw webSessionErrors.notFound('session');
      await this.outbox.record('session.ended', { sessionId, userId });
    });
  }

  async endAllBut(userId: string, currentSessionId: string): Promise<void> {
    await this.uow.transaction(async () => {
      const ended = await this.sessions.revokeLiveSessionsOfExcept(userId, currentSessionId, this.clock.now());
      if (ended.length > 0) await this.outbox.recordAll('session.ended', ended.map((sessionId) => ({ sessionId, userId })));
    });
  }
}
