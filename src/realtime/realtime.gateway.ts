import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AuthService } from '../auth/auth.service.js';
import { isSuspended } from '../auth/auth.guard.js';
import { Clock } from '../common/clock.js';
import { CHAT_NAMESPACE, sessionRoom, SocketData, userRoom, type RealtimeNamespace, type RealtimeSocket } from './rooms.js';

/**
 * The `/chat` namespace's front door: the handshake token is checked with the same session check
 * as HTTP, and every socket joins its user's room (and its session's, so logout can reach it).
 * Feature gateways on the same namespace read `socket.data` set here.
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);
  @WebSocketServer() namespace: RealtimeNamespace;

  constructor(
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  afterInit(namespace: RealtimeNamespace): void {
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        (ok) => next(ok ? undefined : new Error('unauthorized')),
        (error: unknown) => {
          this.logger.error({ err: error }, 'Socket authentication failed');
          next(new Error('unauthorized'));
        },
      );
    });
  }

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    const data = socket.data as Partial<SocketData>;
    if (data.userId === undefined || data.sessionId === undefined) {
      socket.disconnect(true);
      return;
    }
    await socket.join([userRoom(data.userId), sessionRoom(data.sessionId)]);
  }

  private async authenticate(socket: RealtimeSocket): Promise<boolean> {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    if (typeof token !== 'string' || token.length > 4096) return false;
    const authenticated = await this.auth.authenticate(token);
    if (authenticated === undefined || isSuspended(authenticated.user, this.clock.now())) return false;
    const data: SocketData = { userId: authenticated.user.id, sessionId: authenticated.sessionId, role: authenticated.user.role, organisationId: authenticated.user.organisationId };
    socket.data = data;
    return true;
  }
}
