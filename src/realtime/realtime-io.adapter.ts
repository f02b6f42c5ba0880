import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createAdapter } from '@socket.io/redis-adapter';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '../config/app-config.js';
import { recoveryAdapterExcept } from './recovery-adapter.js';
import { coalesceWritesPerTurn } from './write-coalescing.js';

/** The redis client's generics differ between its factory and what the adapter accepts; only connect/quit/duplicate are used here. */
type RedisClient = { quit(): Promise<unknown> };

/**
 * Socket.IO server setup: the Origin check (for WebSocket upgrades too, which the `cors`
 * option alone does not stop) and, with REDIS_URL, the Redis adapter so every app process
 * reaches every socket. Without Redis, connection-state recovery smooths short drops
 * (correctness never depends on it: clients resync with `afterSeq`).
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly realtimeLogger = new Logger('Realtime');
  private redisClients: RedisClient[] = [];
  private redisAdapter: ReturnType<typeof createAdapter> | undefined;

  /**
   * @param notKeptForRecovery events that connection-state recovery delivers but does not replay,
   *   because clients resync them themselves (chat messages, through `join` with `afterSeq`).
   */
  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly notKeptForRecovery: readonly string[] = [],
  ) {
    super(app);
    // Every WebSocket connection is an HTTP upgrade; its frames leave one writev per turn.
    (this.httpServer as HttpServer | undefined)?.on('upgrade', (_request: IncomingMessage, connection: Duplex) => coalesceWritesPerTurn(connection));
  }

  async connectToRedis(): Promise<void> {
    if (this.config.redisUrl === undefined) return;
    // Loaded only with REDIS_URL: a single process should not hold the Redis client's code.
    const [{ createClient }, { createAdapter }] = await Promise.all([import('redis'), import('@socket.io/redis-adapter')]);
    const publisher = createClient({ url: this.config.redisUrl });
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on('error', (error: unknown) => this.realtimeLogger.error({ err: error }, 'Redis error'));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    this.redisClients = [publisher, subscriber];
    // The adapter takes any node-redis v4+ client; its declared generics are narrower than createClient's.
    this.redisAdapter = createAdapter(publisher, subscriber);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const allowed = this.config.corsOrigins;
    const server = super.createIOServer(port, {
      ...options,
      cors: allowed.length > 0 ? { origin: allowed } : undefined,
      allowRequest: (request: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        const origin = request.headers.origin;
        callback(null, allowed.length === 0 || origin === undefined || allowed.includes(origin));
      },
      ...(this.redisAdapter === undefined
        ? {
            connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
            adapter: recoveryAdapterExcept(this.notKeptForRecovery),
          }
        : {}),
    } as ServerOptions);
    if (this.redisAdapter !== undefined) server.adapter(this.redisAdapter);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => undefined)));
    this.redisClients = [];
  }
}
