import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AuthService } from '../auth/auth.service.js';
import { isSuspended } from '../auth/auth.guard.js';
import { handshakeCredential, webOrigins } from '../auth/web-session/handshake-credential.js';
import { sessionCookiePolicy } from '../auth/web-session/session-cookie.js';
import { clientAddress, compileTrust } from '../common/client-address.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { RateLimitStore, type Budget } from '../rate-limits/rate-limit-store.js';
import { CHAT_NAMESPACE, sessionRoom, SocketData, userRoom, type RealtimeNamespace, type RealtimeSocket } from './rooms.js';

/**
 * The `/chat` namespace's front door: the handshake token (`auth.token`, or the web session cookie
 * from one of the app's own origins) is checked with the same session check as HTTP, and every
 * socket joins its user's room (and its session's, so logout can reach it).
 * Feature gateways on the same namespace read `socket.data` set here. Each address may start
 * HANDSHAKES_PER_ADDRESS handshakes a minute (counted before the token check, so guessing tokens
 * costs too) and each person hold SOCKETS_PER_PERSON sockets; beyond, `connect_error` says
 * "too many connections".
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);
  @WebSocketServer() namespace: RealtimeNamespace;

  private readonly handshakes: Budget;
  private readonly trust: ReturnType<typeof compileTrust>;
  private readonly sessionCookie: string;
  private readonly webOrigins: ReadonlySet<string>;

  constructor(
    private readonly auth: AuthService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    store: RateLimitStore,
  ) {
    this.handshakes = store.budget('handshake', config.socketLimits.handshakesPerAddressPerMinute, 60);
    this.trust = compileTrust(config.trustProxy);
    this.sessionCookie = sessionCookiePolicy(config.mail.publicUrl).name;
    this.webOrigins = webOrigins(config.mail.publicUrl, config.corsOrigins);
  }

  afterInit(namespace: RealtimeNamespace): void {
    namespace.use((socket, next) => {
      this.admit(socket).then(
        (refusal) => next(refusal),
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

  /** Undefined to let the socket in; otherwise the error its `connect_error` carries. */
  private async admit(socket: RealtimeSocket): Promise<Error | undefined> {
    const handshake = await this.handshakes.consume(clientAddress(socket.request, this.trust));
    if (!handshake.allowed) return tooManyConnections(handshake.retryAfterSeconds);
    if (!(await this.authenticate(socket))) return new Error('unauthorized');
    // Across every process (through the Redis adapter when there is one); handshakes at the very same moment may pass together.
    const open = await socket.nsp.in(userRoom(socket.data.userId)).fetchSockets();
    if (open.length >= this.config.socketLimits.perPerson) return tooManyConnections(undefined);
    return undefined;
  }

  private async authenticate(socket: RealtimeSocket): Promise<boolean> {
    const credential = handshakeCredential(socket.handshake.auth, socket.handshake.headers, this.sessionCookie, this.webOrigins);
    if ('refused' in credential) return false;
    const authenticated = await this.auth.authenticate(credential.token);
    if (authenticated === undefined || isSuspended(authenticated.user, this.clock.now())) return false;
    const data: SocketData = { userId: authenticated.user.id, sessionId: authenticated.sessionId, role: authenticated.user.role, organisationId: authenticated.user.organisationId };
    socket.data = data;
    return true;
  }
}

function tooManyConnections(retryAfterSeconds: number | undefined): Error {
  return Object.assign(new Error('too many connections'), { data: retryAfterSeconds === undefined ? {} : { retryAfterSeconds } });
}
