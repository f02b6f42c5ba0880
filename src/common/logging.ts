import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, Logger as Pino } from 'pino';
import { pinoHttp, HttpLogger } from 'pino-http';

/** Structured JSON logs; every HTTP log line carries the request id (the caller's X-Request-Id when sane). */
export function createRootLogger(level: string): Pino {
  return pino({ level, base: { app: 'common-ground' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}

export function httpLogger(logger: Pino): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res) => {
      const id = requestIdFrom(req.headers['x-request-id']) ?? randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
    serializers: {
      req: (req: { id: unknown; method: unknown; url: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: unknown }) => ({ statusCode: res.statusCode }),
    },
  });
}

function requestIdFrom(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[\w-]{8,64}$/.test(value) ? value : undefined;
}

/** Nest's own log lines (bootstrap, our Logger calls) go through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    if (typeof message === 'object' && message !== null) {
      const extra = typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
      this.logger[level]({ context, ...(message) }, extra);
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
